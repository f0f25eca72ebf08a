package io.reveille.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link SearchAnalysis} for an Elasticsearch or OpenSearch cluster: the same analyzers and
 * normalizer, under the same names, built from the cluster's own components (its analysis-common
 * module), so that the mapping and every search read the same on either backend. Chosen with {@code
 * REVEILLE_SEARCH_ANALYSIS=io.reveille.search.ElasticsearchSearchAnalysis}.
 */
public class ElasticsearchSearchAnalysis implements ElasticsearchAnalysisConfigurer {
  private static final String TITLE_PREFIXES = "reveille_title_prefixes";

  @Override
  public void configure(ElasticsearchAnalysisConfigurationContext context) {
    context
        .analyzer(SearchAnalysis.TEXT)
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", "asciifolding", "porter_stem");
    context
        .tokenFilter(TITLE_PREFIXES)
        .type("edge_ngram")
        .param("min_gram", 2)
        .param("max_gram", 20);
    context
        .analyzer(SearchAnalysis.PREFIX)
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", "asciifolding", TITLE_PREFIXES);
    context
        .analyzer(SearchAnalysis.TYPED)
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", "asciifolding");
    context.normalizer(SearchAnalysis.KEYWORD).custom().tokenFilters("lowercase", "asciifolding");
  }
}
