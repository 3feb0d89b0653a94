/**
 * The meta tags each metadata field is read from, in order, one table for every reader (names
 * match without regard to case). Open Graph, Dublin Core and citation names, those of news
 * content systems, and those of the national standard for government sites (政府网站网页设计规范:
 * ArticleTitle, PubDate, ContentSource, Author, Keywords, SiteName, ColumnName), which every
 * government portal and many others print.
 */
export const META_NAMES = {
  /** A title made for sharing, often with the site's name glued on. */
  sharedTitle: ['og:title', 'twitter:title'],
  title: ['ArticleTitle', 'title', 'dc.title'],
  /** Each tried in turn, a candidate of its own (dates.ts chooseDate). */
  published: [
    'article:published_time',
    'og:article:published_time',
    'og:published_time',
    'publishdate',
    'PubDate',
    'publish_date',
    'publishtime',
    'publish-time',
    'pubtime',
    'firstpublishedtime',
    'datePublished',
    'dc.date.issued',
    'dcterms.issued',
    'citation_publication_date',
    'dcterms.created',
    'dc.date',
    'sailthru.date',
    'govuk:first-published-at',
    'og:release_date',
    'parsely-pub-date',
    'date',
  ],
  /**
   * Times of the page that may be a later edit's: read last, they only give a time to a date printed without
   * one on the same day (chooseDate), never a day of their own.
   */
  publishedTimeOfDay: ['govuk:public-timestamp', 'govuk:public-updated-at'],
  source: [
    'source',
    'ContentSource',
    'og:article:source',
    'article:source',
    'citation_publisher',
    'govuk:primary-publishing-organisation',
  ],
  author: ['article:author', 'author', 'dc.creator', 'byl', 'parsely-author', 'citation_author', 'sailthru.author'],
  editor: ['editor', 'article:editor'],
  keywords: ['keywords', 'news_keywords'],
  /** The site itself, the source where the page names no other. */
  siteName: ['og:site_name', 'application-name', 'SiteName'],
  /** The page's channel where it prints no breadcrumb. */
  channel: ['ColumnName', 'article:section'],
  /** Names only an article page carries: the pre-check lets a page with one through. */
  articleSigns: [
    'article:published_time',
    'publishdate',
    'PubDate',
    'publishtime',
    'publish_date',
    'firstpublishedtime',
    'datePublished',
    'ArticleTitle',
    'contentid',
  ],
} as const satisfies Record<string, readonly string[]>;
