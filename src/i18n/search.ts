/**
 * The words of search: the header box, the search page and its results, and the glossary page's
 * additions. A file of its own so the search code loaded on first focus carries only these.
 */
export const searchText = {
  /** Header form (every page but the search page). */
  headerLabel: 'Tìm nhanh',
  headerInput: 'Tìm bài học',
  placeholder: 'Ví dụ: mật khẩu, VNeID',
  submit: 'Tìm',
  /** Search page. */
  pageLabel: 'Tìm trong các bài học',
  pageInput: 'Bạn muốn tìm gì?',
  pageHint: 'Gõ có dấu hay không dấu đều được, viết sai một chữ cũng không sao.',
  pageIntro: 'Tìm bài học theo tên, theo nội dung hoặc theo từ ngữ trong từ điển.',
  /** Results. */
  statusLabel: 'Kết quả tìm kiếm',
  loading: 'Đang tải dữ liệu tìm kiếm…',
  loadFailed: 'Chưa tải được dữ liệu tìm kiếm. Hãy kiểm tra mạng rồi thử lại, hoặc dùng mục lục bài học.',
  found: (n: number, query: string) => `Có ${n} bài học phù hợp với “${query}”.`,
  notFound: (query: string) => `Không tìm thấy bài học nào với “${query}”.`,
  keyboardHint: 'Dùng phím mũi tên xuống để chọn kết quả.',
  lessonsHeading: 'Bài học',
  termsHeading: 'Trong từ điển',
  section: (heading: string) => `Mục “${heading}”`,
  allResults: (query: string) => `Xem mọi kết quả cho “${query}”`,
  noneTry: 'Hãy thử gõ ít chữ hơn, hoặc một từ khác. Bạn cũng có thể:',
  noneGlossary: 'Tra từ điển các từ ngữ công nghệ',
  noneModules: 'Chọn một học phần để xem các bài:',
  /** Glossary page. */
  glossaryAliases: 'Còn gọi là',
  glossaryLessons: 'Có trong bài',
} as const;
