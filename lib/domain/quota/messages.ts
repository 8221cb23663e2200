import type { AttainmentStatus } from "./attainment";
import type { AdmissionCategory, AgeBand } from "./categories";
import type { ReasonCode } from "./forecast-reasons";
import type { EstimateSource } from "./history";
import type { PeriodErrorCode } from "./period";
import type { QuotaErrorCode } from "./quota-target";

/**
 * Texts for every code this folder returns, in ICU format with {param} placeholders; the UI picks the
 * language (e.g. as a "quota" namespace: t(`quota.${code}`, params)). Codes are unique across groups,
 * so one flat table per language serves them all. Parameters named `stage` carry a stage CODE: the UI
 * should pass its label ("stage.<CODE>") instead. Typographic apostrophes only: "'" escapes in ICU.
 */
export type QuotaMessageCode =
  | "PERIOD_YEAR"
  | "PERIOD_TERM"
  | PeriodErrorCode
  | QuotaErrorCode
  | AttainmentStatus
  | AdmissionCategory
  | AgeBand
  | ReasonCode
  | EstimateSource
  | "FORECAST_METHOD";

export type QuotaMessages = Record<QuotaMessageCode, string>;

const vi: QuotaMessages = {
  PERIOD_YEAR: "Năm {year}",
  PERIOD_TERM: "Nhiệm kỳ {startYear}–{endYear}",

  PERIOD_FORMAT: "“{text}” không phải là một năm (ví dụ 2025) hay một nhiệm kỳ (ví dụ 2020-2025).",
  PERIOD_YEAR_RANGE: "Năm phải nằm trong khoảng {min}–{max}.",
  PERIOD_TERM_LENGTH: "Nhiệm kỳ phải kéo dài {years} năm; {startYear}–{endYear} không hợp lệ.",
  PERIOD_BOUNDS: "Ngày bắt đầu và ngày kết thúc phải là ngày hợp lệ, đúng thứ tự và nằm trong khoảng {min} – {max}.",
  QUOTA_NOT_A_NUMBER: "Chỉ tiêu phải là một số.",
  QUOTA_NEGATIVE: "Chỉ tiêu không được là số âm ({value}).",
  QUOTA_NOT_INTEGER: "Chỉ tiêu phải là số nguyên ({value}).",
  QUOTA_PERCENT_NOT_POSITIVE: "Tỷ lệ phải lớn hơn 0% ({value}).",
  QUOTA_PERCENT_OVER_100: "Tỷ lệ không được vượt quá {max}% ({value}).",
  QUOTA_BASE_INVALID: "Số đảng viên làm căn cứ tính tỷ lệ phải là số nguyên không âm ({value}).",
  QUOTA_CATEGORY_OVER_TOTAL: "Chỉ tiêu của nhóm ({value}) lớn hơn chỉ tiêu chung ({total}).",

  NO_QUOTA: "Chưa giao chỉ tiêu",
  ACHIEVED: "Đã đạt chỉ tiêu",
  ON_TRACK: "Đúng tiến độ",
  AT_RISK: "Có nguy cơ không đạt",
  BEHIND: "Chậm tiến độ",

  WOMEN: "Nữ",
  ETHNIC_MINORITY: "Người dân tộc thiểu số",
  RELIGIOUS: "Người có đạo",
  YOUTH_UNION: "Đoàn viên thanh niên",
  UNDER_30: "Từ 30 tuổi trở xuống",
  STUDENT: "Học sinh, sinh viên",
  WORKER: "Công nhân",
  FARMER: "Nông dân",
  INTELLECTUAL: "Trí thức",
  CIVIL_SERVANT: "Cán bộ, công chức, viên chức",
  ARMED_FORCES: "Lực lượng vũ trang (kể cả quân nhân xuất ngũ)",
  NON_STATE_ENTERPRISE: "Người lao động trong doanh nghiệp ngoài nhà nước",
  PRIVATE_OWNER: "Chủ doanh nghiệp tư nhân",
  READMISSION: "Kết nạp lại",

  AGE_18_30: "Từ 18 đến 30 tuổi",
  AGE_31_40: "Từ 31 đến 40 tuổi",
  AGE_41_50: "Từ 41 đến 50 tuổi",
  AGE_51_60: "Từ 51 đến 60 tuổi",
  AGE_OVER_60: "Trên 60 tuổi",

  NO_PIPELINE: "Không còn quần chúng nào đang được bồi dưỡng, xem xét kết nạp, trong khi còn thiếu {gap} đảng viên so với chỉ tiêu.",
  TOO_FEW_IN_TRAINING: "Chỉ có {pipeline} quần chúng đang được bồi dưỡng, xem xét kết nạp, ít hơn số còn thiếu ({gap}) ngay cả khi tất cả đều được kết nạp.",
  STUCK_AT_SOURCE: "{overdue}/{count} quần chúng ở diện tạo nguồn đã quá {allowedDays} ngày.",
  STUCK_AT_SYMPATHIZER: "{overdue}/{count} quần chúng trong danh sách cảm tình Đảng đã quá {allowedDays} ngày mà chưa được cử đi học lớp bồi dưỡng nhận thức về Đảng.",
  STUCK_AT_TRAINING: "{overdue}/{count} quần chúng học lớp bồi dưỡng nhận thức về Đảng đã quá {allowedDays} ngày mà chưa có giấy chứng nhận.",
  STUCK_AT_DOSSIER: "{overdue}/{count} hồ sơ đang làm hồ sơ, thẩm tra lý lịch đã quá {allowedDays} ngày.",
  STUCK_AT_AWARENESS_TEST: "{overdue}/{count} quần chúng chờ sát hạch nhận thức về Đảng đã quá {allowedDays} ngày.",
  STUCK_AT_BRANCH_VOTE: "{overdue}/{count} quần chúng chờ chi bộ xét kết nạp đã quá {allowedDays} ngày.",
  STUCK_AT_COMMITTEE_REVIEW: "{overdue}/{count} hồ sơ chờ đảng ủy xét đã quá {allowedDays} ngày.",
  STUCK_AT_SUPERIOR_DECISION: "{overdue}/{count} hồ sơ chờ cấp ủy cấp trên ra quyết định kết nạp đã quá {allowedDays} ngày.",
  LOW_CONVERSION: "Ở bước {stage}, tỷ lệ quần chúng của đơn vị qua được là {unitPercent}%, thấp hơn nhiều so với toàn khối ({blocPercent}%).",
  PIPELINE_TOO_SMALL: "Với tỷ lệ chuyển tiếp thông thường, {pipeline} quần chúng hiện có chỉ cho khoảng {eventual} đảng viên mới, chưa đủ {gap} còn thiếu.",
  NOT_ENOUGH_TIME: "Số quần chúng hiện có đủ để bù {gap} còn thiếu (khoảng {eventual}), nhưng dự kiến chỉ khoảng {inPeriod} người kịp được kết nạp trước khi hết kỳ.",
  BEHIND_PACE: "Đến nay mới kết nạp {admitted} đảng viên, trong khi theo tiến độ đều phải được khoảng {expected}.",

  UNIT: "Số liệu của đơn vị",
  BLOC: "Số liệu chung toàn khối (đơn vị chưa đủ dữ liệu)",
  ASSUMED: "Giả định (chưa có dữ liệu)",

  FORECAST_METHOD:
    "Mỗi quần chúng chưa được kết nạp được tính bằng xác suất được kết nạp (tích các tỷ lệ chuyển tiếp của đơn vị qua từng bước còn lại, dùng số liệu toàn khối cho bước nào đơn vị có dưới {minTransitions} trường hợp) nhân với khả năng quyết định kết nạp được ký trước khi hết kỳ, coi thời điểm đó rơi đều trong khoảng từ một nửa đến một lần rưỡi tổng thời gian trung vị của các bước còn lại.",
};

const en: QuotaMessages = {
  PERIOD_YEAR: "Year {year}",
  PERIOD_TERM: "Term {startYear}–{endYear}",

  PERIOD_FORMAT: "“{text}” is not a year (e.g. 2025) or a term (e.g. 2020-2025).",
  PERIOD_YEAR_RANGE: "Years must be between {min} and {max}.",
  PERIOD_TERM_LENGTH: "A term lasts {years} years; {startYear}–{endYear} does not.",
  PERIOD_BOUNDS: "The start and end dates must be real dates, in order, between {min} and {max}.",
  QUOTA_NOT_A_NUMBER: "The quota must be a number.",
  QUOTA_NEGATIVE: "The quota cannot be negative ({value}).",
  QUOTA_NOT_INTEGER: "The quota must be a whole number ({value}).",
  QUOTA_PERCENT_NOT_POSITIVE: "The percentage must be above 0% ({value}).",
  QUOTA_PERCENT_OVER_100: "The percentage cannot exceed {max}% ({value}).",
  QUOTA_BASE_INVALID: "The member count the percentage applies to must be a non-negative whole number ({value}).",
  QUOTA_CATEGORY_OVER_TOTAL: "A category target ({value}) is above the overall quota ({total}).",

  NO_QUOTA: "No quota",
  ACHIEVED: "Quota met",
  ON_TRACK: "On track",
  AT_RISK: "At risk",
  BEHIND: "Behind",

  WOMEN: "Women",
  ETHNIC_MINORITY: "Ethnic minorities",
  RELIGIOUS: "Religious believers",
  YOUTH_UNION: "Youth Union members",
  UNDER_30: "Aged 30 or under",
  STUDENT: "Pupils and students",
  WORKER: "Workers",
  FARMER: "Farmers",
  INTELLECTUAL: "Intellectuals",
  CIVIL_SERVANT: "Civil servants and public employees",
  ARMED_FORCES: "Armed forces (incl. returning conscripts)",
  NON_STATE_ENTERPRISE: "Employees of non-state enterprises",
  PRIVATE_OWNER: "Private-enterprise owners",
  READMISSION: "Re-admissions",

  AGE_18_30: "Aged 18–30",
  AGE_31_40: "Aged 31–40",
  AGE_41_50: "Aged 41–50",
  AGE_51_60: "Aged 51–60",
  AGE_OVER_60: "Over 60",

  NO_PIPELINE: "No candidates are in the pipeline, yet {gap} more admissions are needed to reach the quota.",
  TOO_FEW_IN_TRAINING: "Only {pipeline} candidates are in the pipeline, fewer than the {gap} still needed even if every one is admitted.",
  STUCK_AT_SOURCE: "{overdue} of {count} people in the source pool have been there for more than {allowedDays} days.",
  STUCK_AT_SYMPATHIZER: "{overdue} of {count} sympathisers have waited more than {allowedDays} days without being sent to the awareness class.",
  STUCK_AT_TRAINING: "{overdue} of {count} candidates have been in the awareness class for more than {allowedDays} days with no certificate recorded.",
  STUCK_AT_DOSSIER: "{overdue} of {count} dossiers have been in preparation and background verification for more than {allowedDays} days.",
  STUCK_AT_AWARENESS_TEST: "{overdue} of {count} candidates have waited more than {allowedDays} days for the awareness test.",
  STUCK_AT_BRANCH_VOTE: "{overdue} of {count} candidates have waited more than {allowedDays} days for the branch vote.",
  STUCK_AT_COMMITTEE_REVIEW: "{overdue} of {count} dossiers have waited more than {allowedDays} days for the committee’s review.",
  STUCK_AT_SUPERIOR_DECISION: "{overdue} of {count} dossiers have waited more than {allowedDays} days for the superior committee’s admission decision.",
  LOW_CONVERSION: "At the {stage} step, {unitPercent}% of the unit’s candidates move on, well below the bloc’s {blocPercent}%.",
  PIPELINE_TOO_SMALL: "At the usual pass rates, the {pipeline} candidates in the pipeline would bring about {eventual} admissions, short of the {gap} needed.",
  NOT_ENOUGH_TIME: "The pipeline could cover the {gap} still needed (about {eventual}), but only about {inPeriod} are expected to be admitted before the period ends.",
  BEHIND_PACE: "{admitted} admitted so far, where an even pace would have reached about {expected}.",

  UNIT: "Unit’s own history",
  BLOC: "Bloc-wide figures (too little unit history)",
  ASSUMED: "Assumed (no history)",

  FORECAST_METHOD:
    "Each candidate not yet admitted counts as their chance of admission (the product of the unit’s pass rates for each remaining step, using the bloc’s for any step where the unit has fewer than {minTransitions} recorded outcomes) times the chance that the admission decision is signed before the period ends, taking its date as evenly spread between half and one and a half times the sum of the remaining steps’ median durations.",
};

export const QUOTA_MESSAGES: { vi: QuotaMessages; en: QuotaMessages } = { vi, en };
