package io.reveille.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How incident text is cut into searchable terms. Incident writing is English with names in it
 * ("Zürich", "Payments API"): words are folded to plain ASCII and lower case, and stemmed, so
 * "timeouts" finds "timed out" and "Zurich" finds "Zürich". Titles also get a prefix field, so
 * "paym" finds "Payments API" while someone is still typing.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {
  /**
   * Stemmed English with accents folded; used to index and to search every text field. No stop
   * words: "the outage" must still find outages, and ranking already discounts common words.
   */
  public static final String TEXT = "reveille_text";

  /** Edge n-grams of each folded word, for title prefixes; searched with {@link #TYPED}. */
  public static final String PREFIX = "reveille_prefix";

  /**
   * What is being typed, folded but not stemmed, to compare with {@link #PREFIX}'s n-grams: the
   * stemmer reads "deploy" as a word and makes it "deploi", which no title starts with.
   */
  public static final String TYPED = "reveille_typed";

  /** Exact values (component names, usernames) compared without regard to case or accents. */
  public static final String KEYWORD = "reveille_keyword";

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context
        .analyzer(TEXT)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding")
        // Porter's stemmer, not Snowball's: Snowball loads its stemmers by class name, which the
        // server's module class loaders do not allow.
        .tokenFilter("porterStem");
    context
        .analyzer(PREFIX)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding")
        .tokenFilter("edgeNGram")
        .param("minGramSize", "2")
        .param("maxGramSize", "20");
    context
        .analyzer(TYPED)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding");
    context.normalizer(KEYWORD).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
  }
}
