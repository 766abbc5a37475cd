// The dashboard's own words in the three languages of the region. The data's labels (region names,
// roles, states) come from the gateway, which answers in the language the Accept-Language header asks.
export const LANGUAGES = ['zh', 'bo', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, string> = { zh: '中文', bo: 'བོད་ཡིག', en: 'English' };

const WORDS = {
  title: { zh: '基层治理', bo: 'རྨང་རིམ་དོ་དམ།', en: 'Grassroots governance' },
  signIn: { zh: '登录', bo: 'ནང་འཛུལ།', en: 'Sign in' },
  signOut: { zh: '退出', bo: 'ཕྱིར་འཐོན།', en: 'Sign out' },
  tokenHint: {
    zh: '粘贴开发令牌（在仓库根目录运行 npx -y pnpm@12.4.2 token COUNTY_ADMIN 542526）',
    bo: 'གསང་རྟགས་འདིར་སྦྱོར། (npx -y pnpm@12.4.2 token COUNTY_ADMIN 542526)',
    en: 'Paste a development token (run npx -y pnpm@12.4.2 token COUNTY_ADMIN 542526 at the repository root)',
  },
  overview: { zh: '县域概览', bo: 'རྫོང་གི་སྤྱི་མཐོང་།', en: 'County overview' },
  grids: { zh: '网格', bo: 'དྲ་མིག', en: 'Grids' },
  matters: { zh: '事项', bo: 'དོན་དག', en: 'Matters' },
  gridCount: { zh: '网格数', bo: 'དྲ་མིག་གྲངས།', en: 'Grids' },
  compliantGrids: { zh: '配齐网格', bo: 'ཚད་ལྡན་དྲ་མིག', en: 'Fully staffed' },
  households: { zh: '户数', bo: 'ཁྱིམ་ཚང་།', en: 'Households' },
  records: { zh: '社情民意记录', bo: 'ཟིན་ཐོ།', en: 'Records' },
  openMatters: { zh: '未结事项', bo: 'མ་གྲུབ་པའི་དོན་དག', en: 'Open matters' },
  solvedCases: { zh: '视频破案', bo: 'བརྙན་ཆས་ཀྱིས་ཐག་གཅོད།', en: 'Cases solved on camera' },
  trend: {
    zh: '事项受理与化解（按季度）',
    bo: 'དུས་ཚིགས་རེ་རེའི་དོན་དག',
    en: 'Matters handled and resolved, by quarter',
  },
  handled: { zh: '受理', bo: 'ལེན་པ།', en: 'Handled' },
  resolved: { zh: '化解', bo: 'ཐག་གཅོད།', en: 'Resolved' },
  fengqiao: { zh: '“枫桥经验”指标', bo: 'ཧྥེང་ཆའོ་ཚད་གཞི།', en: 'Fengqiao measures' },
  settledInVillage: { zh: '矛盾不出村', bo: 'གྲོང་ནང་ཐག་གཅོད།', en: 'Settled in the village' },
  settledInTownship: { zh: '矛盾不出乡', bo: 'ཤང་ནང་ཐག་གཅོད།', en: 'Settled in the township' },
  meanResolution: { zh: '平均化解时长（分钟）', bo: 'ཐག་གཅོད་དུས་ཚོད།', en: 'Mean minutes to resolve' },
  cameraCoverage: { zh: '重点部位视频覆盖', bo: 'བརྙན་ཆས་ཁྱབ་ཚད།', en: 'Key sites covered by cameras' },
  staff: { zh: '网格工作人员', bo: 'ལས་བྱེད་པ།', en: 'Grid staff' },
  role: { zh: '岗位', bo: 'ལས་གནས།', en: 'Role' },
  name: { zh: '姓名', bo: 'མིང་།', en: 'Name' },
  phone: { zh: '电话', bo: 'ཁ་པར།', en: 'Phone' },
  since: { zh: '任职起', bo: 'འགོ་ཚུགས།', en: 'Since' },
  kind: { zh: '类型', bo: 'རིགས།', en: 'Kind' },
  state: { zh: '状态', bo: 'གནས་སྟངས།', en: 'State' },
  category: { zh: '类别', bo: 'རིགས།', en: 'Category' },
  level: { zh: '层级', bo: 'རིམ་པ།', en: 'Level' },
  reportedAt: { zh: '上报时间', bo: 'སྙན་སེང་དུས།', en: 'Reported' },
  dueAt: { zh: '时限', bo: 'དུས་བཀག', en: 'Due' },
  all: { zh: '全部', bo: 'ཚང་མ།', en: 'All' },
  openOnly: { zh: '仅未结', bo: 'མ་གྲུབ་པ་ཁོ་ན།', en: 'Open only' },
  loadMore: { zh: '加载更多', bo: 'མང་བ་འདོན།', en: 'Load more' },
  loading: { zh: '加载中…', bo: 'འདོན་བཞིན་པ།…', en: 'Loading…' },
  end: { zh: '已全部加载', bo: 'ཚང་མ་འདོན་ཟིན།', en: 'All loaded' },
  timeline: { zh: '办理过程', bo: 'ལས་རིམ།', en: 'Timeline' },
  shown: { zh: '已显示', bo: 'མངོན་ཟིན།', en: 'Shown' },
  of: { zh: '共', bo: 'བསྡོམས།', en: 'of' },
  back: { zh: '返回', bo: 'ཕྱིར་ལོག', en: 'Back' },
  masked: {
    zh: '个人信息按您的角色和辖区脱敏显示',
    bo: 'མི་སྒེར་གྱི་ཆ་འཕྲིན་ཁྱེད་ཀྱི་ལས་གནས་ལྟར་སྦས་ཡོད།',
    en: 'Personal data is masked as your role and region require',
  },
  error: { zh: '出错了', bo: 'ནོར་འཁྲུལ།', en: 'Something went wrong' },
} as const;

export type Word = keyof typeof WORDS;

export function say(word: Word, language: Language): string {
  return WORDS[word][language];
}

/** The Accept-Language the gateway reads (labels in Tibetan fall back to Chinese where none exist). */
export function acceptLanguage(language: Language): string {
  return { zh: 'zh-CN', bo: 'bo', en: 'en' }[language];
}
