/**
 * English and Japanese. Texts are looked up by key; {name} placeholders are filled in. Dates and
 * numbers go through Intl with the chosen locale. The choice is kept in localStorage.
 */
export type Locale = "en" | "ja";

const en = {
  "app.title": "Gigafab MES",
  "app.scanHint": "Scan a cell, roll or lot barcode at any time",
  "app.scanned": "Scanned {code}",
  "app.language": "Language",
  "app.logout": "Log out",
  "app.loading": "Loading…",
  "app.noData": "No data yet",
  "app.loggedInAs": "Logged in as {name}",
  "nav.operator": "Operator terminal",
  "nav.engineer": "Yield workbench",
  "nav.auditor": "Traceability",
  "op.line": "Line {line}",
  "op.station": "Station",
  "op.item": "Item in process",
  "op.scanOrType": "Cell, roll or lot id",
  "op.open": "Open",
  "op.status": "Status",
  "op.next": "Next operation",
  "op.recipe": "Active recipe",
  "op.parameter": "Parameter",
  "op.target": "Target",
  "op.spec": "Spec limits",
  "op.control": "Control limits",
  "op.trackIn": "Track in",
  "op.trackOut": "Track out",
  "op.result": "Result",
  "op.defects": "Defect codes",
  "op.holds": "Open holds",
  "op.alarms": "Active alarms",
  "op.insights": "Latest yield insights",
  "op.none": "None",
  "op.onHold": "ON HOLD",
  "op.trackedIn": "{unit} tracked in at {equipment}",
  "op.trackedOut": "{unit} tracked out: {result}",
  "op.notDone": "NOT DONE: the MES could not be reached. Nothing was recorded for {unit}; press the button again when the network is back.",
  "op.needDefect": "Pick at least one defect code for FAIL",
  "op.live": "Live",
  "op.offline": "Reconnecting…",
  "op.keyValues": "Measured values",
  "op.checkValues": "Check the measured values: nothing was sent.",
  "op.grade": "Grade",
  "op.graded": "Grade {grade}",
  "op.lineHolds": "Holds of units, rolls, machines and recipes on line {line}",
  "op.plantWide": "line not known: shown to be safe",
  "kv.capacity_ah": "Capacity",
  "kv.dcir_mohm": "DCIR",
  "kv.k_value_mv_per_day": "K-value (self-discharge)",
  "kv.ocv_v": "Open-circuit voltage",
  "kv.required": "{name} is needed for grading",
  "kv.number": "{name}: enter a number, e.g. 3.31",
  "kv.range": "{name} must be between {min} and {max} {unit}",
  "result.PASS": "PASS",
  "result.FAIL": "FAIL",
  "result.REWORK": "REWORK",
  "eng.trend": "First-pass yield and scrap",
  "eng.from": "From",
  "eng.to": "To",
  "eng.range": "Time range",
  "eng.range.24h": "Last 24 hours",
  "eng.range.7d": "Last 7 days",
  "eng.range.30d": "Last 30 days",
  "eng.bucket": "Bucket",
  "eng.line": "Line",
  "eng.operation": "Operation",
  "eng.equipment": "Machine",
  "eng.recipe": "Recipe",
  "eng.all": "All",
  "eng.show": "Show",
  "eng.fpy": "FPY",
  "eng.scrap": "Scrap",
  "eng.units": "Units",
  "eng.graded": "Graded",
  "eng.gradeAYield": "Grade-A yield of graded cells",
  "eng.spc": "SPC chart",
  "eng.spcChart": "Chart",
  "eng.spcSeries": "{equipment} · {tag} ({points} points, {violations} rule violations)",
  "eng.pareto": "Defect Pareto",
  "eng.insights": "Insights",
  "eng.insightKind": "Show",
  "eng.kind.findings": "Yield and material findings",
  "eng.kind.spc": "SPC rule violations",
  "eng.kind.all": "All insights",
  "eng.evidence": "Evidence",
  "eng.confidence": "Confidence",
  "eng.rollMap": "Roll map",
  "eng.roll": "Roll id",
  "eng.cells": "Cells",
  "eng.held": "HELD",
  "eng.recipes": "Recipe review",
  "eng.compare": "Compare",
  "eng.before": "Version {v}",
  "eng.sign": "Sign",
  "eng.noDiff": "The two versions are the same",
  "eng.meaning": "Meaning",
  "eng.comment": "Comment",
  "eng.reauth": "Re-enter password to sign",
  "eng.signed": "Signed {meaning} — status now {status}",
  "eng.downloads": "Download results",
  "eng.noSpc": "No data yet: SPC points appear once yield analytics has written them.",
  "eng.noCoating": "No coating values yet for this roll.",
  "eng.limitUcl": "UCL",
  "eng.limitLcl": "LCL",
  "eng.limitCentre": "Centre",
  "eng.version": "Version",
  "eng.hold": "Hold",
  "eng.versionNeedsRecipe": "Pick a recipe for the version",
  "eng.versionWhole": "The version is a whole number from 1",
  "eng.paramVsOutcome": "Parameter vs outcome",
  "eng.nUnknown": "n unknown",
  "eng.smallSample": "small sample",
  "eng.openSegment": "Roll map of {roll}, {from}–{to} m",
  "eng.downloadsFor": "Machines of class {cls}: downloads of {recipe}",
  "eng.noMachines": "No machine of class {cls} in the plant",
  "aud.search": "Cell, roll, lot or pack id",
  "aud.find": "Find",
  "aud.backward": "Backward (where it came from)",
  "aud.forward": "Forward (where it went)",
  "aud.lots": "Material lots",
  "aud.supplier": "Supplier",
  "aud.origin": "Origin",
  "aud.compliance": "Compliance",
  "aud.intervals": "Roll intervals",
  "aud.operations": "Operations",
  "aud.operator": "Operator",
  "aud.trail": "Audit trail",
  "aud.chainOk": "Audit chain verified: {n} sealed records intact",
  "aud.chainBroken": "Audit chain BROKEN at position {pos}: {detail}",
  "aud.sealed": "sealed",
  "aud.unsealed": "not yet sealed",
  "aud.exportJson": "Export JSON",
  "aud.exportCsv": "Export CSV",
  "aud.when": "When",
  "aud.actor": "Who",
  "aud.action": "Action",
} as const;

export type TextKey = keyof typeof en;

const ja: Record<TextKey, string> = {
  "app.title": "Gigafab MES",
  "app.scanHint": "セル・ロール・ロットのバーコードをいつでもスキャンできます",
  "app.scanned": "{code} をスキャンしました",
  "app.language": "言語",
  "app.logout": "ログアウト",
  "app.loading": "読み込み中…",
  "app.noData": "まだデータがありません",
  "app.loggedInAs": "{name} でログイン中",
  "nav.operator": "作業者端末",
  "nav.engineer": "歩留まりワークベンチ",
  "nav.auditor": "トレーサビリティ",
  "op.line": "ライン {line}",
  "op.station": "工程設備",
  "op.item": "仕掛品",
  "op.scanOrType": "セル・ロール・ロット ID",
  "op.open": "開く",
  "op.status": "状態",
  "op.next": "次工程",
  "op.recipe": "適用中のレシピ",
  "op.parameter": "パラメータ",
  "op.target": "目標値",
  "op.spec": "規格限界",
  "op.control": "管理限界",
  "op.trackIn": "着工",
  "op.trackOut": "完工",
  "op.result": "結果",
  "op.defects": "不良コード",
  "op.holds": "保留中",
  "op.alarms": "発生中のアラーム",
  "op.insights": "最新の歩留まり分析",
  "op.none": "なし",
  "op.onHold": "保留中",
  "op.trackedIn": "{unit} を {equipment} で着工しました",
  "op.trackedOut": "{unit} を完工しました: {result}",
  "op.notDone": "未完了: MES に接続できません。{unit} には何も記録されていません。ネットワーク復旧後にもう一度押してください。",
  "op.needDefect": "不合格には不良コードを 1 つ以上選んでください",
  "op.live": "ライブ",
  "op.offline": "再接続中…",
  "op.keyValues": "測定値",
  "op.checkValues": "測定値を確認してください。送信していません。",
  "op.grade": "等級",
  "op.graded": "等級 {grade}",
  "op.lineHolds": "ライン {line} のユニット・ロール・設備・レシピの保留",
  "op.plantWide": "ライン不明: 安全のため表示",
  "kv.capacity_ah": "容量",
  "kv.dcir_mohm": "直流内部抵抗 (DCIR)",
  "kv.k_value_mv_per_day": "K 値 (自己放電)",
  "kv.ocv_v": "開路電圧",
  "kv.required": "等級判定には{name}が必要です",
  "kv.number": "{name}: 数値を入力してください (例 3.31)",
  "kv.range": "{name}は {min}〜{max} {unit} の範囲で入力してください",
  "result.PASS": "合格",
  "result.FAIL": "不合格",
  "result.REWORK": "手直し",
  "eng.trend": "直行率と廃棄率",
  "eng.from": "開始",
  "eng.to": "終了",
  "eng.range": "期間",
  "eng.range.24h": "過去 24 時間",
  "eng.range.7d": "過去 7 日",
  "eng.range.30d": "過去 30 日",
  "eng.bucket": "集計単位",
  "eng.line": "ライン",
  "eng.operation": "工程",
  "eng.equipment": "設備",
  "eng.recipe": "レシピ",
  "eng.all": "すべて",
  "eng.show": "表示",
  "eng.fpy": "直行率",
  "eng.scrap": "廃棄率",
  "eng.units": "数量",
  "eng.graded": "格付数",
  "eng.gradeAYield": "格付セルの A 級率",
  "eng.spc": "SPC 管理図",
  "eng.spcChart": "チャート",
  "eng.spcSeries": "{equipment} · {tag}（{points} 点、ルール違反 {violations} 件）",
  "eng.pareto": "不良パレート図",
  "eng.insights": "分析結果",
  "eng.insightKind": "表示",
  "eng.kind.findings": "歩留まり・材料の分析結果",
  "eng.kind.spc": "SPC ルール違反",
  "eng.kind.all": "すべての分析結果",
  "eng.evidence": "根拠",
  "eng.confidence": "確信度",
  "eng.rollMap": "ロールマップ",
  "eng.roll": "ロール ID",
  "eng.cells": "セル",
  "eng.held": "保留",
  "eng.recipes": "レシピ審査",
  "eng.compare": "比較",
  "eng.before": "バージョン {v}",
  "eng.sign": "署名",
  "eng.noDiff": "2 つのバージョンに差異はありません",
  "eng.meaning": "署名の意味",
  "eng.comment": "コメント",
  "eng.reauth": "署名のためパスワードを再入力",
  "eng.signed": "{meaning} に署名しました — 現在の状態 {status}",
  "eng.downloads": "ダウンロード結果",
  "eng.noSpc": "まだデータがありません: 歩留まり分析が書き込むと SPC 点が表示されます。",
  "eng.noCoating": "このロールの塗工値はまだありません。",
  "eng.limitUcl": "UCL",
  "eng.limitLcl": "LCL",
  "eng.limitCentre": "中心線",
  "eng.version": "版",
  "eng.hold": "保留",
  "eng.versionNeedsRecipe": "版を指定するにはレシピを選んでください",
  "eng.versionWhole": "版は 1 以上の整数です",
  "eng.paramVsOutcome": "パラメータと結果",
  "eng.nUnknown": "n 不明",
  "eng.smallSample": "少数サンプル",
  "eng.openSegment": "{roll} の {from}〜{to} m をロールマップで開く",
  "eng.downloadsFor": "設備クラス {cls} の設備: {recipe} のダウンロード",
  "eng.noMachines": "設備クラス {cls} の設備はありません",
  "aud.search": "セル・ロール・ロット・パック ID",
  "aud.find": "検索",
  "aud.backward": "遡及（由来）",
  "aud.forward": "追跡（行き先）",
  "aud.lots": "材料ロット",
  "aud.supplier": "供給者",
  "aud.origin": "原産国",
  "aud.compliance": "適合性",
  "aud.intervals": "ロール区間",
  "aud.operations": "工程実績",
  "aud.operator": "作業者",
  "aud.trail": "監査証跡",
  "aud.chainOk": "監査チェーン検証済み: 封印済み {n} 件に改ざんなし",
  "aud.chainBroken": "監査チェーン破損 位置 {pos}: {detail}",
  "aud.sealed": "封印済み",
  "aud.unsealed": "未封印",
  "aud.exportJson": "JSON 出力",
  "aud.exportCsv": "CSV 出力",
  "aud.when": "日時",
  "aud.actor": "実施者",
  "aud.action": "操作",
};

const TEXTS: Record<Locale, Record<TextKey, string>> = { en, ja };

let current: Locale = "en";

export function setLocale(locale: Locale): void {
  current = locale;
}

export function locale(): Locale {
  return current;
}

/** A locale from a stored choice or the browser's languages; English when nothing matches. */
export function pickLocale(stored: string | null, browser: readonly string[]): Locale {
  if (stored === "en" || stored === "ja") {
    return stored;
  }
  return browser.some((l) => l.toLowerCase().startsWith("ja")) ? "ja" : "en";
}

export function t(key: TextKey, params: Record<string, string | number> = {}): string {
  const template = TEXTS[current][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Every key of every language, for the completeness test. */
export function keysOf(l: Locale): string[] {
  return Object.keys(TEXTS[l]);
}

export function formatDateTime(value: string | number | Date | null | undefined, timeZone?: string): string {
  if (value === null || value === undefined || value === "") {
    return "—";
  }
  const date = value instanceof Date ? value : new Date(value);
  return new Intl.DateTimeFormat(current === "ja" ? "ja-JP" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(date);
}

export function formatNumber(value: number | null | undefined, maxFractionDigits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return "—";
  }
  return new Intl.NumberFormat(current === "ja" ? "ja-JP" : "en-GB", {
    maximumFractionDigits: maxFractionDigits,
  }).format(value);
}

export function formatPercent(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) {
    return "—";
  }
  return new Intl.NumberFormat(current === "ja" ? "ja-JP" : "en-GB", {
    style: "percent",
    maximumFractionDigits: 1,
  }).format(fraction);
}
