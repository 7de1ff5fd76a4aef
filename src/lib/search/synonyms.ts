/**
 * Words people type that the lessons do not use: phone-keyboard abbreviations and everyday
 * synonyms. Keys and values are folded (see normalize.ts). An abbreviation is replaced (it
 * means nothing else); a synonym adds its expansion next to the typed words.
 * Keep this list short and general: a word belongs here when a learner would plausibly type it,
 * not to fix one query of the test set.
 */

/** Replaced: the typed word stands for these words. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  mk: 'mat khau',
  pass: 'mat khau',
  password: 'mat khau',
  tk: 'tai khoan',
  sdt: 'so dien thoai',
  dt: 'dien thoai',
  dthoai: 'dien thoai',
  dvc: 'dich vu cong',
  cccd: 'can cuoc',
  bhyt: 'bao hiem y te',
  ck: 'chuyen khoan',
  fb: 'facebook',
  ip: 'iphone',
  app: 'ung dung',
  apps: 'ung dung',
};

/** Added: the typed words also look for these. */
export const SYNONYMS: Readonly<Record<string, string>> = {
  wifi: 'wi fi',
  ai: 'tri tue nhan tao',
  hack: 'bi chiem tin tac',
  web: 'trang web',
  website: 'trang web',
  link: 'duong link',
  otp: 'ma otp',
  online: 'truc tuyen tren mang',
  'bi hack': 'tai khoan bi chiem',
  hacker: 'tin tac',
  scam: 'lua dao',
  'lua gat': 'lua dao',
  'bi lua': 'lua dao',
  'ke gian': 'lua dao',
  virus: 'ma doc',
  'thanh toan': 'tra tien',
  'tra tien': 'thanh toan',
  'benh vien': 'kham benh',
  'bac si': 'kham benh',
  thuoc: 'uong thuoc',
  'khai sinh': 'dang ky khai sinh',
  'chung minh thu': 'can cuoc',
  cmnd: 'can cuoc',
  'dinh danh': 'vneid',
  'song 4g': '4g du lieu di dong',
  '3g': '4g du lieu di dong',
  '5g': '4g du lieu di dong',
  'mang di dong': 'du lieu di dong',
  'video call': 'goi video',
  facetime: 'goi video',
  selfie: 'chup anh camera truoc',
  'gia mao': 'gia',
  'con chau': 'nguoi than',
  'bo me': 'cha me',
  'nguoi gia': 'lon tuoi',
  'ong ba': 'lon tuoi',
};
