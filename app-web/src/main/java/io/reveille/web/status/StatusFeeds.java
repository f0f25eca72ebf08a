package io.reveille.web.status;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.reveille.statuspage.StatusPage;
import io.reveille.statuspage.StatusPage.IncidentNotice;
import io.reveille.statuspage.StatusPage.MaintenanceNote;
import io.reveille.statuspage.StatusPage.MaintenanceNotice;
import io.reveille.statuspage.StatusPage.Notice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The public updates as Atom and RSS feeds (written by Rome, which escapes what people typed): one
 * entry per public incident update and per maintenance notice, newest first.
 */
final class StatusFeeds {
  static final String ATOM = "atom_1.0";
  static final String RSS = "rss_2.0";
  private static final int ENTRIES = 50;

  private final StatusPage page;
  private final PageIdentity identity;
  private final StatusText txt;

  StatusFeeds(StatusPage page, PageIdentity identity) {
    this.page = page;
    this.identity = identity;
    this.txt = new StatusText(page.zone());
  }

  Rendition render(String type) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(type);
    feed.setTitle(identity.name() + " status");
    feed.setDescription("Incidents and maintenance on " + identity.name() + ", as they happen.");
    feed.setLink(identity.url());
    feed.setUri(identity.url());
    feed.setLanguage("en");
    SyndLink self = new SyndLinkImpl();
    self.setRel("self");
    self.setHref(identity.url() + (type.equals(ATOM) ? "/feed.atom" : "/feed.rss"));
    self.setType(type.equals(ATOM) ? "application/atom+xml" : "application/rss+xml");
    SyndLink alternate = new SyndLinkImpl();
    alternate.setRel("alternate");
    alternate.setHref(identity.url());
    alternate.setType("text/html");
    feed.setLinks(List.of(alternate, self));
    List<Entry> entries = entries();
    feed.setPublishedDate(
        Date.from(entries.isEmpty() ? firstOr(page.updatedAt()) : entries.get(0).at()));
    feed.setEntries(entries.stream().map(Entry::entry).toList());
    try {
      String xml = new SyndFeedOutput().outputString(feed, true);
      return Rendition.of(
          xml,
          (type.equals(ATOM) ? "application/atom+xml" : "application/rss+xml") + ";charset=UTF-8");
    } catch (FeedException e) {
      throw new IllegalStateException("The status feed could not be written", e);
    }
  }

  private record Entry(Instant at, SyndEntry entry) {}

  private List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    for (IncidentNotice incident : page.recentIncidents()) {
      String link = identity.incidentUrl(incident.number().value());
      for (Notice update : incident.updates()) {
        String changes =
            update.componentChanges().stream().map(txt::change).collect(Collectors.joining("\n"));
        entries.add(
            entry(
                "incident-update-" + update.id(),
                incident.name() + ": " + txt.status(update.status()),
                link,
                update.postedAt(),
                changes.isEmpty() ? update.body() : update.body() + "\n\n" + changes));
      }
      // The published postmortem is news of its own to feed readers: one entry, when it appears.
      incident
          .publishedPostmortem()
          .ifPresent(
              postmortem ->
                  entries.add(
                      entry(
                          "incident-postmortem-" + incident.number().value(),
                          incident.name() + ": Postmortem",
                          link,
                          postmortem.publishedAt(),
                          postmortem.body())));
    }
    for (MaintenanceNotice window : page.recentMaintenance()) {
      for (MaintenanceNote note : window.updates()) {
        entries.add(
            entry(
                "maintenance-update-" + note.id(),
                "Maintenance: " + window.title() + ": " + txt.state(note.state()),
                identity.maintenanceUrl(window.id()),
                note.postedAt(),
                note.body()
                    + "\n\nScheduled "
                    + txt.time(window.startsAt())
                    + " to "
                    + txt.time(window.endsAt())));
      }
    }
    entries.sort(Comparator.comparing(Entry::at).reversed());
    return entries.size() > ENTRIES ? entries.subList(0, ENTRIES) : entries;
  }

  private Entry entry(String id, String title, String link, Instant at, String text) {
    SyndEntry entry = new SyndEntryImpl();
    entry.setUri("urn:reveille:" + identity.id() + ":" + id);
    entry.setTitle(title);
    entry.setLink(link);
    entry.setPublishedDate(Date.from(at));
    entry.setUpdatedDate(Date.from(at));
    SyndContent content = new SyndContentImpl();
    content.setType("text/plain");
    content.setValue(text);
    entry.setDescription(content);
    return new Entry(at, entry);
  }

  private static Instant firstOr(Instant instant) {
    return instant == null ? Instant.EPOCH : instant;
  }
}
