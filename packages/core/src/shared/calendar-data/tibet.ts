import type { RegionalOverlayData } from './types.js';

// Tibet Autonomous Region (西藏自治区, GB/T 2260 codes 54xxxx): regional rest days on top of the national
// calendar. Legal basis: 《全国年节及纪念日放假办法》 art. 4 (holidays of ethnic minorities are set by
// the local government of the area) and the TAR People's Congress Standing Committee decision that
// made 藏历新年 (Losar) and 雪顿节 (Shoton) regional statutory holidays of 7 days each (2009, reported at
// http://cn.chinagate.cn/population/2009-02/19/content_17301609.htm). Their dates follow the Tibetan
// calendar, so they move every year and can only be data. Each year the Lhasa municipal government
// announces the arrangement and the other prefectures follow it (2009 notice: "Tibetan regions other
// than Lhasa apply the notice of the General Office of the Lhasa People's Government"; in 2025 every
// prefecture announced the same days).
//
// `basis: 'NOTICE'` entries were read from the notice (or a news agency's verbatim report of it).
// `basis: 'ESTIMATE'` entries are our best knowledge, NOT checked against an official notice: replace
// them when the notice is found. Not modelled: prefecture-level festivals with their own days off
// (那曲 恰青赛马节, 日喀则 珠峰文化节, 山南 雅砻文化节 …) and 望果节; a county that observes one needs an
// overlay of its own.
export const TIBET_OVERLAY_DATA: RegionalOverlayData = {
  id: 'CN-XZ',
  name: { zh: '西藏自治区', en: 'Tibet Autonomous Region' },
  regionCodePrefix: '54',
  firstYear: 2022,
  lastYear: 2026,
  years: [
    {
      year: 2022,
      restPeriods: [
        // 拉萨市人民政府 notice of 2022-02-18 (China News via tibet.cn, 2022-02-19): "2022年3月2日至3月8日
        // 放假调休。2月26日（星期六）、3月13日（星期日）上班". Losar (藏历水虎年初一) fell on 3 March.
        {
          from: '2022-03-02',
          to: '2022-03-08',
          name: { zh: '藏历新年', en: 'Tibetan New Year' },
          basis: 'NOTICE',
        },
        // ESTIMATE. Shoton began on 藏历六月三十 = 2022-08-27 and runs "一连7天" (China News,
        // 2022-09-02); Lhasa was in a COVID-19 lockdown and the rest-day notice was not found.
        {
          from: '2022-08-27',
          to: '2022-09-02',
          name: { zh: '雪顿节', en: 'Shoton Festival' },
          basis: 'ESTIMATE',
        },
      ],
      adjustedWorkdays: [
        { date: '2022-02-26', name: { zh: '藏历新年', en: 'Tibetan New Year' }, basis: 'NOTICE' },
        { date: '2022-03-13', name: { zh: '藏历新年', en: 'Tibetan New Year' }, basis: 'NOTICE' },
      ],
    },
    {
      year: 2023,
      restPeriods: [
        // 拉萨市人民政府办公室 notice of 2023-02-14 (tibet.cn, 2023-02-15): "2023年2月20日至2月26日放假
        // 调休。2月18日（星期六）、2月19日（星期日）上班". Losar fell on 21 February.
        {
          from: '2023-02-20',
          to: '2023-02-26',
          name: { zh: '藏历新年', en: 'Tibetan New Year' },
          basis: 'NOTICE',
        },
        // ESTIMATE. The 2023 Lhasa Shoton Festival ran 16–22 August (Tibet Daily, 2023-08-16); the
        // 7 days off with no make-up day follow the 2009 rule and Xinhua's "雪顿节的7天假期", not a
        // notice we have read.
        {
          from: '2023-08-16',
          to: '2023-08-22',
          name: { zh: '雪顿节', en: 'Shoton Festival' },
          basis: 'ESTIMATE',
        },
      ],
      adjustedWorkdays: [
        { date: '2023-02-18', name: { zh: '藏历新年', en: 'Tibetan New Year' }, basis: 'NOTICE' },
        { date: '2023-02-19', name: { zh: '藏历新年', en: 'Tibetan New Year' }, basis: 'NOTICE' },
      ],
    },
    {
      year: 2024,
      restPeriods: [
        // ESTIMATE. Losar (藏历木龙年初一) fell on 10 February, the same day as the Spring Festival
        // (national rest 10–17 Feb, make-up Sundays 4 and 18 Feb). The 2024 Lhasa notice was not found.
        // When the two new years coincide or are a day apart Lhasa has added three working days after
        // the national break (2019: 昌都, following Lhasa's notice, rested 4–13 Feb against the national 4–10 Feb; 2026 below), so
        // we assume 19–21 Feb and keep the national make-up Sunday 18 Feb. UNCERTAIN.
        {
          from: '2024-02-19',
          to: '2024-02-21',
          name: { zh: '藏历新年', en: 'Tibetan New Year' },
          basis: 'ESTIMATE',
        },
        // ESTIMATE. Shoton opened with the Drepung thangka unveiling on 2024-08-04 (Guangming Daily,
        // 2024-08-04); 7 days off assumed as in other years.
        {
          from: '2024-08-04',
          to: '2024-08-10',
          name: { zh: '雪顿节', en: 'Shoton Festival' },
          basis: 'ESTIMATE',
        },
      ],
      adjustedWorkdays: [],
    },
    {
      year: 2025,
      restPeriods: [
        // 拉萨市人民政府办公室 notice of 2025-02-11 ("网信西藏"; China News 2025-02-24: every prefecture
        // announced the same): "2月27日至3月4日，共6天，其中放假4天、周末2天，不调休". RULES.md §2.7.
        {
          from: '2025-02-27',
          to: '2025-03-04',
          name: { zh: '藏历新年', en: 'Tibetan New Year' },
          basis: 'NOTICE',
        },
        // ESTIMATE. 藏历六月三十 = 2025-08-23 by our reading of the Tibetan calendar (no leap month
        // between Losar, 28 Feb, and the sixth month); notice not found; 7 days off assumed. UNCERTAIN.
        {
          from: '2025-08-23',
          to: '2025-08-29',
          name: { zh: '雪顿节', en: 'Shoton Festival' },
          basis: 'ESTIMATE',
        },
      ],
      adjustedWorkdays: [],
    },
    {
      year: 2026,
      restPeriods: [
        // 拉萨市人民政府办公室 notice of 2026-01-28 (China News, 2026-01-28): Spring Festival and Losar
        // (藏历火马年初一 18 Feb, a day after the Spring Festival) together, "2026年2月15日至2月26日放假
        // 调休，2月14日（周六）、2月28日（周六）上班". 15–23 Feb are national holidays as well.
        {
          from: '2026-02-15',
          to: '2026-02-26',
          name: { zh: '春节、藏历新年', en: 'Spring Festival and Tibetan New Year' },
          basis: 'NOTICE',
        },
        // ESTIMATE. 藏历六月三十 expected on 2026-08-13 (Losar + 176 days, as in 2024 and 2025, assuming
        // no leap month before the sixth month); notice not yet found; 7 days off assumed. UNCERTAIN.
        {
          from: '2026-08-13',
          to: '2026-08-19',
          name: { zh: '雪顿节', en: 'Shoton Festival' },
          basis: 'ESTIMATE',
        },
      ],
      adjustedWorkdays: [
        {
          date: '2026-02-14',
          name: { zh: '春节、藏历新年', en: 'Spring Festival and Tibetan New Year' },
          basis: 'NOTICE',
        },
        {
          date: '2026-02-28',
          name: { zh: '春节、藏历新年', en: 'Spring Festival and Tibetan New Year' },
          basis: 'NOTICE',
        },
      ],
    },
  ],
};
