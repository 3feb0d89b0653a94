/**
 * Site adapters as data: for each portal template, the selectors where the body and each
 * metadata field live. Every list is tried in order and the first element with usable text
 * wins; when none matches, detection falls back to the generic path (JSON-LD, meta tags,
 * labelled lines, body scoring), so a template change degrades gracefully instead of failing.
 */

export interface SiteAdapter {
  name: string;
  /** Host names; a subdomain of one matches too. */
  hosts: readonly string[];
  /** Containers of the article body, most specific first. */
  bodySelectors: readonly string[];
  titleSelectors: readonly string[];
  /** Elements whose text holds the publication date (maybe with other text around it). */
  dateSelectors: readonly string[];
  /** Elements whose text holds the source ("来源：新华社" or just "新华社"). */
  sourceSelectors: readonly string[];
  editorSelectors: readonly string[];
  authorSelectors: readonly string[];
  /** Breadcrumb containers; the names are their links' texts. */
  breadcrumbSelectors: readonly string[];
  /** A summary printed above the body, outside it, that is the article's first paragraph (gov.uk). */
  leadSelectors?: readonly string[];
  /**
   * Where the page lists its publishers and the titles that mark a person among them: that
   * person is the author when no byline names one (gov.uk speeches: "From: Department for X and
   * Jane Doe MP" gives "Jane Doe"). byline.ts reads it only on the sites whose adapter has it.
   */
  personAmongPublishers?: PublisherPersonRule;
  /** Elements inside the body that are never article text (share bars, editor lines...). */
  noiseSelectors: readonly string[];
  /** Path shapes of article pages on this site, for the cheap pre-check. */
  articlePaths: readonly RegExp[];
  /**
   * Path-and-query shapes of article pages whose path alone looks like an index page: a
   * single-page app's article view ("/lgpage/detail/index.html?id=…").
   */
  articleUrls?: readonly RegExp[];
}

/** How to tell a person among a page's publishers (SiteAdapter.personAmongPublishers). */
export interface PublisherPersonRule {
  /** The label of the publishers' cell ("From"). */
  label: string;
  /** Titles written before a person's name ("Sir", "The Rt Hon"). */
  titlesBefore: readonly string[];
  /** Letters and titles written after it ("MP", "CBE"). */
  titlesAfter: readonly string[];
  /** Courtesy titles dropped from the name; a peer's or knight's title is how the person is named. */
  dropped: readonly string[];
}

const none: readonly string[] = [];

/** Breadcrumb classes of gov.cn and the provincial government templates (TRS, UCAP and kin). */
const GOV_BREADCRUMBS = [
  '.BreadcrumbNav',
  '.crumbs',
  '.crumb',
  '.breadcrumb',
  '.position',
  '.location',
  '.dqwz',
  '.wz',
  '.path',
  '.nav_path',
];

export const ADAPTERS: readonly SiteAdapter[] = [
  {
    name: 'people',
    hosts: ['people.com.cn'],
    bodySelectors: [
      '#rm_txt_zw',
      '.rm_txt_con',
      '#rwb_zw',
      '.box_con',
      '.text_con .fl',
      '.rm_txt .col-1-1',
      '.show_text',
      '#p_content',
      '.article .content',
    ],
    titleSelectors: ['.rm_txt h1', '.col-1 h1', '.text_title h1', '.title h1', '.clearfix.w1000_320 h1', 'h1'],
    dateSelectors: ['.col-1-1.fl', '.rm_txt .col-1-1', '.box01 .fl', '.text_title .box01', '.sou', '.artOri', '.date'],
    sourceSelectors: ['.col-1-1.fl a', '.box01 .fl a', '.artOri a', '.sou a'],
    editorSelectors: ['.edit', '.editor', '.bjn', '.rm_txt_zw .edit'],
    authorSelectors: ['.author', 'p.author', '.rm_txt .author'],
    breadcrumbSelectors: ['#rwb_navpath', '.route', '.col-1 .route', '.path', '.lujing', '.bread', '.channel .fl'],
    noiseSelectors: ['.edit', '.zdfy', '.box_pic', '.otitle', '.paper_num', '#rwb_tjyd', '.rm_relevant', '.keywords'],
    articlePaths: [/\/n\d?\/\d{4}\/\d{4}\/c\d+-\d+\.html?$/, /\/GB\/\d+\/\d+\.html?$/],
  },
  {
    name: 'xinhua',
    hosts: ['news.cn', 'xinhuanet.com'],
    bodySelectors: ['#detail', '#detailContent', '.main-aticle', '#p-detail', '.article', '#content', '.content'],
    titleSelectors: ['.head-line .title', '.head-line h1', '.h-title', '#title', '.title h1', 'h1'],
    dateSelectors: ['.header-time', '.h-time', '.time', '.info .time', '.h-info'],
    sourceSelectors: ['.source', '#source', '.h-info .source', '.info .source'],
    editorSelectors: ['.editor', '.p-jc', '.tiyi1', '.editor-name'],
    authorSelectors: ['.author', '.h-author'],
    breadcrumbSelectors: ['.curNav', '.news-position', '.breadcrumb', '.pos', '.nav-path'],
    noiseSelectors: ['.editor', '.share', '.bdsharebuttonbox', '#articleEdit', '.p-jc', '.zan-wrap', '.xinhuaLogo'],
    articlePaths: [/\/\d{4}-\d{2}\/\d{2}\/c_\d+\.htm$/, /\/\d{8}\/[0-9a-f]{32}\/c\.html$/],
  },
  {
    name: 'gov.cn',
    hosts: ['gov.cn'],
    bodySelectors: [
      '#UCAP-CONTENT',
      '.pages_content',
      '.TRS_Editor',
      '#zoom',
      '.trs_editor_view',
      '.article-content',
      '.zwgk_content',
      '.content',
      '#content',
      '.article',
    ],
    titleSelectors: [
      '.article h1',
      '.pages-title',
      '.policyLibraryOverview_header h1',
      'h1',
      '.share-title',
      'h2.title',
      '.tit',
      '.title',
    ],
    dateSelectors: [
      '.pages-date',
      '.article .pages-date',
      '.pubtime',
      '.date',
      '.time',
      '.pages_print',
      '.info',
      '.xxgk_bt',
    ],
    sourceSelectors: ['.pages-date .font', '.source', '.ly'],
    editorSelectors: ['.editor', '.pages_print .editor', '.zrbj', '.bjn'],
    authorSelectors: ['.author'],
    breadcrumbSelectors: GOV_BREADCRUMBS,
    noiseSelectors: ['.editor', '.share', '.pages_print', '.print', '.fj', '.relevant', '.related'],
    articlePaths: [
      /\/content_\d+\.html?$/,
      /\/t\d{8}_\d+\.s?html?$/,
      /\/art\/\d{4}\/\d+\/\d+\/art_\d+_\d+\.html$/,
      /\/\d{6}\/t\d{8}_\d+\.html$/,
      /\/\d{4}-\d{2}\/\d{2}\/content_\d+\.html?$/,
    ],
  },
  {
    name: 'qstheory',
    hosts: ['qstheory.cn'],
    bodySelectors: ['.highlight .text', '.text', '.highlight', '#detail', '.content'],
    titleSelectors: ['.highlight h1', '.inner h1', 'h1'],
    dateSelectors: ['.pubtime', '.headtitle .pubtime', '.highlight .pubtime', '.fs-text'],
    sourceSelectors: ['.appellation', '.highlight .appellation', '.source'],
    editorSelectors: ['.text .editor', '.editor', '.jyxx'],
    authorSelectors: ['.appellation'],
    breadcrumbSelectors: ['.crumbs', '.position', '.breadcrumb', '.dqwz'],
    noiseSelectors: ['.editor', '.share', '.fs-text'],
    articlePaths: [/\/\d{4}-\d{2}\/\d{2}\/c_\d+\.htm$/, /\/\d{8}\/[0-9a-f]{32}\/c\.html$/],
  },
  {
    name: 'chinanews',
    hosts: ['chinanews.com', 'chinanews.com.cn'],
    bodySelectors: ['.left_zw', '.content_maincontent_content', '#cont_1_1_2 .left_zw', '.content_desc', '.content'],
    titleSelectors: ['.content_left_title', '.content_title', '#cont_1_1_2 h1', 'h1'],
    dateSelectors: ['.content_left_time', '.left-t', '.left-time', '.time-source', '.time'],
    sourceSelectors: ['.content_left_time a', '.left-t a', '.source'],
    editorSelectors: ['.left_name', '.adEditor', '.editor', '.content_editor'],
    authorSelectors: [],
    breadcrumbSelectors: ['#nav', '.content_left_nav', '.nav_navcon', '.breadcrumb', '.position'],
    noiseSelectors: ['.left_name', '.adEditor', '.left_ph', '.share', '.pictext'],
    articlePaths: [/\/\d{4}\/\d{2}-\d{2}\/\d+\.s?html?$/],
  },
  {
    name: 'cctv',
    hosts: ['cctv.com', 'cntv.cn'],
    bodySelectors: ['#content_area', '.content_area', '#text_area', '.cnt_bd', '.text_area'],
    titleSelectors: ['.cnt_bd h1', '.title_area h1', '#title_area h1', 'h1'],
    dateSelectors: ['.info', '.info1', '.function .info', '.title_area .info', '.time'],
    sourceSelectors: ['.info a', '.info1 a', '.source'],
    editorSelectors: ['.zebian', '.editor', '.zrbj'],
    authorSelectors: [],
    breadcrumbSelectors: ['.breadcrumb', '.nav_wz', '.position', '.crumbs'],
    noiseSelectors: ['.zebian', '.function', '.share', '.tiyi1'],
    articlePaths: [/\/\d{4}\/\d{2}\/\d{2}\/ARTI\w+\.shtml$/i],
  },
  {
    name: '81.cn',
    hosts: ['81.cn'],
    bodySelectors: ['#article-content', '.article-content', '#content', '.content'],
    titleSelectors: ['.article-header h1', '.article-title', 'h1', 'h2'],
    dateSelectors: ['.article-header .info', '.info .time', '.time', '.article-info'],
    sourceSelectors: ['.article-header .info', '.source'],
    editorSelectors: ['.editor', '.article-header .info', '.bj'],
    authorSelectors: ['.article-header .info', '.author'],
    breadcrumbSelectors: ['.breadcrumb', '.position', '.crumbs', '.location'],
    noiseSelectors: ['.editor', '.share'],
    articlePaths: [/\/\d{4}\d{2}\/\d{2}\/content_\d+\.html?$/, /\/[a-z0-9_]+\/\d+\.html$/i],
  },
  {
    name: 'gmw',
    hosts: ['gmw.cn'],
    bodySelectors: ['#articleBox', '.u-mainText', '#contentMain', '.m-l-main', '#ArticleContent'],
    titleSelectors: ['.u-title', '.m-title-box h1', 'h1'],
    dateSelectors: ['.m-con-time', '.m-con-info .m-con-time', '#pubTime', '.time'],
    sourceSelectors: ['.m-con-source', '#source', '.source'],
    editorSelectors: ['.m-zbTool .liability', '.liability', '.m-zbTool', '.editor'],
    authorSelectors: ['.m-con-author', '.author'],
    breadcrumbSelectors: ['.m-breadcrumb', '.g-crumbs', '.crumbs', '.breadcrumb', '.position'],
    noiseSelectors: ['.m-zbTool', '.liability', '.share', '.m-page'],
    articlePaths: [/\/\d{4}-\d{2}\/\d{2}\/content_\d+\.htm$/],
  },
  {
    name: 'whitehouse',
    hosts: ['whitehouse.gov'],
    bodySelectors: [
      '.entry-content',
      '.body-content',
      '.page-content__content',
      'article .wp-block-post-content',
      'main article',
      'article',
    ],
    titleSelectors: ['.wp-block-whitehouse-topper__headline', 'h1.page-title', '.page-header h1', 'h1'],
    dateSelectors: ['.wp-block-post-date time', 'time[datetime]', '.posted-on', '.wp-block-post-date', '.meta__date'],
    sourceSelectors: [],
    editorSelectors: [],
    authorSelectors: [],
    breadcrumbSelectors: ['.breadcrumbs', '.wp-block-whitehouse-topper__meta', 'nav[aria-label="Breadcrumb"]'],
    noiseSelectors: ['.share', '.social-share', '.wp-block-whitehouse-share'],
    articlePaths: [
      /\/(presidential-actions|briefing-room|fact-sheets|briefings-statements|articles|releases)\/\d{4}\/\d{2}\/[\w-]+\/?$/,
    ],
  },
  {
    name: 'gov.uk',
    hosts: ['gov.uk'],
    bodySelectors: ['.govspeak', '.gem-c-govspeak', '#contents .govspeak', 'main .govuk-grid-column-two-thirds'],
    titleSelectors: ['.gem-c-title__text', 'h1.govuk-heading-l', 'h1.govuk-heading-xl', 'main h1', 'h1'],
    dateSelectors: [],
    sourceSelectors: [],
    editorSelectors: [],
    authorSelectors: [],
    breadcrumbSelectors: ['.govuk-breadcrumbs', '.gem-c-breadcrumbs', '.gem-c-contextual-breadcrumbs'],
    leadSelectors: ['.gem-c-lead-paragraph'],
    personAmongPublishers: {
      label: 'From',
      titlesBefore: ['The Rt Hon', 'Rt Hon', 'The Right Honourable', 'Sir', 'Dame', 'Lord', 'Baroness'],
      titlesAfter: ['MP', 'MSP', 'MS', 'MLA', 'KC', 'QC', 'PC', 'CBE', 'OBE', 'MBE', 'KCB', 'DBE'],
      dropped: ['The Rt Hon', 'Rt Hon', 'The Right Honourable'],
    },
    noiseSelectors: ['.gem-c-print-link', '.gem-c-contents-list', '.gem-c-single-page-notification-button'],
    articlePaths: [/^\/(government|guidance)\/[\w/-]+$/],
  },
  // Central news sites. Their bodies and metadata are also found by the generic path; the
  // selectors make detection direct and the paths let the pre-check pass on the URL alone.
  {
    name: 'cnr',
    hosts: ['cnr.cn'],
    bodySelectors: ['.article-content .TRS_Editor', '.article-content', '.TRS_Editor', '#TRS_Editor'],
    titleSelectors: ['.article-header h1', '.article-main h1', 'h1'],
    dateSelectors: ['.article-header .source', '.source', '.time'],
    sourceSelectors: ['.article-header .source span', '.source'],
    editorSelectors: ['.editor'],
    authorSelectors: [],
    breadcrumbSelectors: ['.crumbs', '.position', '.breadcrumb'],
    noiseSelectors: ['.editor', '.share'],
    articlePaths: [/\/\d{8}\/t\d{8}_\d+\.s?html?$/],
  },
  {
    name: 'ce',
    hosts: ['ce.cn'],
    bodySelectors: ['#articleText .TRS_Editor', '#articleText', '.TRS_Editor', '.content'],
    titleSelectors: ['#articleTitle', '.titleFont', 'h1'],
    dateSelectors: ['#articleTime', '.time', '.date'],
    sourceSelectors: ['#articleSource', '.source'],
    editorSelectors: ['.bianji', '.editor'],
    authorSelectors: ['#articleAuthor', '.author'],
    breadcrumbSelectors: ['.path', '.position', '.breadcrumb'],
    noiseSelectors: ['.bianji', '.share'],
    articlePaths: [/\/\d{6}\/\d{2}\/t\d{8}_\d+\.s?html?$/],
  },
  {
    name: 'china.com.cn',
    hosts: ['china.com.cn'],
    bodySelectors: ['#articleBody', '.articleBody', '#artbody', '.artCon', '.content'],
    titleSelectors: ['.articleTitle', '#artTitle', 'h1'],
    dateSelectors: ['.pub_date', '#pubtime_baidu', '.time', '.date'],
    sourceSelectors: ['#source_baidu', '.source'],
    editorSelectors: ['.editor', '#editor_baidu', '.zrbj'],
    authorSelectors: ['#author_baidu', '.author'],
    breadcrumbSelectors: ['.crumbs', '.path', '.position', '.breadcrumb'],
    noiseSelectors: ['.editor', '.share'],
    articlePaths: [/\/\d{4}-\d{2}\/\d{2}\/content_\d+\.s?html?$/],
  },
  {
    name: 'chinadaily',
    hosts: ['chinadaily.com.cn'],
    bodySelectors: ['#Content', '.article', '#content'],
    titleSelectors: ['.lft_art h1', '.main_art h1', 'h1'],
    dateSelectors: ['.info_l', '.info'],
    sourceSelectors: [],
    editorSelectors: [],
    authorSelectors: [],
    breadcrumbSelectors: ['.da-bre', '.breadcrumb'],
    noiseSelectors: ['.share', 'figcaption'],
    articlePaths: [/\/a\/\d{6}\/\d{2}\/WS[0-9a-f]+\.html$/i],
  },
  {
    name: 'youth',
    hosts: ['youth.cn', 'cyol.com'],
    bodySelectors: ['.page_text .TRS_Editor', '.page_text', '.TRS_Editor', '.article-content'],
    titleSelectors: ['.page_title h1', 'h1'],
    dateSelectors: ['#page_right', '.pwz', '.time'],
    sourceSelectors: ['#source_baidu', '.source'],
    editorSelectors: ['.page_zr', '.editor'],
    authorSelectors: ['.author'],
    breadcrumbSelectors: ['.page_dh', '.position', '.crumbs', '.breadcrumb'],
    noiseSelectors: ['.page_zr', '.share'],
    articlePaths: [/\/\d{6}\/t\d{8}_\d+\.s?html?$/, /\/content\/\d{4}-\d{2}\/\d{2}\/content_\d+\.htm$/],
  },
  {
    name: 'cri',
    hosts: ['cri.cn'],
    bodySelectors: ['#abody', '.abody', '.article-box .content'],
    titleSelectors: ['.atitle', '.article-box h1', 'h1'],
    dateSelectors: ['.apublishtime', '.time'],
    sourceSelectors: ['.asource', '.source'],
    editorSelectors: ['.aeditor', '.editor'],
    authorSelectors: ['.aauthor', '.author'],
    breadcrumbSelectors: ['.crumbs', '.position', '.breadcrumb'],
    noiseSelectors: ['.aeditor', '.share'],
    articlePaths: [/\/\d{8}\/[0-9a-f-]{36}\.html$/],
  },
  {
    name: 'thepaper',
    hosts: ['thepaper.cn'],
    bodySelectors: ['[class*="cententWrap__"]', '[class*="contentWrap"]', '.news_txt'],
    titleSelectors: ['[class*="header__"] h1', 'h1'],
    dateSelectors: ['[class*="headerContent"]', '.news_about'],
    sourceSelectors: [],
    editorSelectors: ['[class*="editor__"]'],
    authorSelectors: [],
    breadcrumbSelectors: [],
    noiseSelectors: ['[class*="editorWrap"]', '[class*="statement"]'],
    articlePaths: [/^\/newsDetail_forward_\d+$/],
  },
  {
    name: 'xuexi',
    // 学习强国: a single-page app; the article is rendered into the page after it loads.
    hosts: ['xuexi.cn'],
    bodySelectors: ['.render-detail-content', '.render-detail-article-content', '.detail-content'],
    titleSelectors: ['.render-detail-title', '.render-detail-article-title', 'h1'],
    dateSelectors: ['.render-detail-time', '.render-detail-resource'],
    sourceSelectors: ['.render-detail-resource'],
    editorSelectors: ['.render-detail-editor'],
    authorSelectors: ['.render-detail-author'],
    breadcrumbSelectors: [],
    noiseSelectors: ['.render-detail-editor', '.render-detail-resource'],
    articlePaths: [],
    articleUrls: [/^\/lgpage\/detail\/index\.html\?(?:[^#]*&)?id=\d+/],
  },
  {
    name: 'dzwww',
    // 大众网, the Shandong party media group's site (大众日报).
    hosts: ['dzwww.com'],
    bodySelectors: ['#news-con .TRS_Editor', '#news-con', '.news-con', '.TRS_Editor'],
    titleSelectors: ['#xl-left h2', '.news-title', 'h1', 'h2'],
    dateSelectors: ['.left_time', '.time'],
    sourceSelectors: ['.left_time .source', '.source'],
    editorSelectors: ['.editor', '.zrbj'],
    authorSelectors: ['.author'],
    breadcrumbSelectors: ['.layout.mbx', '.mbx', '.position', '.crumbs'],
    noiseSelectors: ['.editor', '.share'],
    articlePaths: [/\/\d{6}\/t\d{8}_\d+\.s?html?$/],
  },
  {
    name: 'province',
    // Provincial and municipal sites run on TRS / UCAP / Hanweb content systems.
    hosts: [],
    bodySelectors: [
      '.TRS_Editor',
      '#zoom',
      '#UCAP-CONTENT',
      '.trs_editor_view',
      '.view.TRS_UEDITOR',
      '#Zoom',
      '.article-content',
      '.zw',
      '#zw',
      '.bt_content',
      '.wz_content',
      '.content_text',
      '#fontzoom',
    ],
    titleSelectors: ['.article h1', '.xxgk_title', '.title', 'h1', '.tit', 'h2'],
    dateSelectors: ['.pubtime', '.fbsj', '.date', '.time', '.info', '.xxgk_info', '.article-info', '.source'],
    sourceSelectors: ['.source', '.ly', '.info', '.article-info'],
    editorSelectors: ['.editor', '.zrbj'],
    authorSelectors: ['.author'],
    breadcrumbSelectors: [...GOV_BREADCRUMBS, '.curpos'],
    noiseSelectors: ['.editor', '.share', '.print', '.fj'],
    articlePaths: [
      /\/t\d{8}_\d+\.s?html?$/,
      /\/art\/\d{4}\/\d+\/\d+\/art_\d+_\d+\.html$/,
      /\/content_\d+\.html?$/,
      /\/\d{4}-\d{2}\/\d{2}\/\d+\.s?html?$/,
    ],
  },
];

/** Adapter used for any site: the selectors that many content systems share. */
export const GENERIC_ADAPTER: SiteAdapter = {
  name: 'generic',
  hosts: [],
  bodySelectors: [
    '[itemprop="articleBody"]',
    '.article-body',
    '.article-content',
    '.post-content',
    '.entry-content',
    '.TRS_Editor',
    '#zoom',
    '#UCAP-CONTENT',
  ],
  titleSelectors: ['[itemprop="headline"]', 'article h1', 'main h1', 'h1', '[class*="title"]', '[id*="title"]', 'h2'],
  dateSelectors: [
    'time[datetime]',
    '[itemprop="datePublished"]',
    '.pubtime',
    '.publish-time',
    '.date',
    '.time',
    '[class*="time"]',
    '[class*="date"]',
    '[id*="time"]',
    '[class*="info"]',
  ],
  sourceSelectors: ['.source'],
  editorSelectors: ['.editor'],
  authorSelectors: ['[itemprop="author"]', '[rel="author"]', '.byline', '.author'],
  breadcrumbSelectors: [
    '[itemtype*="BreadcrumbList"]',
    'nav[aria-label*="readcrumb"]',
    '.breadcrumb',
    '.breadcrumbs',
    '.crumbs',
    '.crumb',
    '.position',
    '.location',
    '.BreadcrumbNav',
    '.dqwz',
    '#rwb_navpath',
    '.route',
    '.curNav',
    '.news-position',
    '.nav_wz',
    '[class*="crumb"]',
    '[class*="Crumb"]',
    '[class*="position"]',
    '[class*="location"]',
    '[id*="navpath"]',
    '[class*="navpath"]',
  ],
  noiseSelectors: none,
  articlePaths: [
    /\/\d{4}[-/]?\d{2}[-/]?\d{2}\/.+\.s?html?$/,
    /\/(article|articles|news|story|content)[/_-][\w-]*\d{4,}/i,
    /\/t\d{8}_\d+\.s?html?$/,
    /\/content_\d+\.html?$/,
  ],
};

function hostMatches(hostname: string, host: string): boolean {
  return hostname === host || hostname.endsWith(`.${host}`);
}

/** The adapter for a host name: a portal's own, provincial gov.cn sites get both. */
export function adaptersForHost(hostname: string): SiteAdapter[] {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  const own = ADAPTERS.filter((a) => a.hosts.some((host) => hostMatches(h, host)));
  const province = ADAPTERS.find((a) => a.name === 'province')!;
  const result = [...own];
  // www.gov.cn has its own template; every other *.gov.cn (and .gov.cn-less provincial portals
  // on TRS) also gets the provincial selectors.
  if (h.endsWith('.gov.cn') && h !== 'www.gov.cn') result.push(province);
  if (!own.length && h.endsWith('.cn')) result.push(province);
  result.push(GENERIC_ADAPTER);
  return result;
}
