import type { Random } from "./random";

// Frequencies roughly follow Vietnamese surnames: Nguyễn, Trần, Lê, Phạm lead.
const SURNAMES = ["Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Lương", "Hà", "Cao", "Lò", "Hoàng"];
const MALE_MIDDLE = ["Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thanh", "Công", "Ngọc", "Đình", "Tuấn", "Hoàng"];
const FEMALE_MIDDLE = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Phương", "Khánh", "Bảo", "Mai"];
const MALE_GIVEN = ["An", "Anh", "Bình", "Cường", "Dũng", "Duy", "Đức", "Hải", "Hiếu", "Hùng", "Huy", "Khánh", "Khoa", "Lâm", "Long", "Mạnh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Thành", "Toàn", "Trung", "Tú", "Tuấn", "Việt", "Vinh", "Ân", "Đạt", "Hưng"];
const FEMALE_GIVEN = ["Anh", "Ánh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Hương", "Hường", "Lan", "Linh", "Loan", "Mai", "My", "Nga", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thu", "Thủy", "Trang", "Uyên", "Vân", "Yến", "Ly"];

export function vietnameseName(random: Random, sex: "MALE" | "FEMALE"): string {
  const middle = random.pick(sex === "MALE" ? MALE_MIDDLE : FEMALE_MIDDLE);
  const given = random.pick(sex === "MALE" ? MALE_GIVEN : FEMALE_GIVEN);
  const extra = random.chance(0.15) ? ` ${random.pick(sex === "MALE" ? MALE_MIDDLE : FEMALE_MIDDLE)}` : "";
  return `${random.pick(SURNAMES)} ${middle}${extra} ${given}`.replace(/(\S+) \1/, "$1");
}

export const ETHNIC_MINORITIES = ["Mường", "Thái", "Tày", "Dao", "H'Mông", "Nùng"];
export const RELIGIONS = ["Phật giáo", "Công giáo", "Tin lành"];
export const RESIDENCES = ["phường Điện Biên", "phường Đông Thọ", "phường Ba Đình", "phường Hạc Thành", "xã Quảng Tâm", "phường Bỉm Sơn", "xã Đông Tiến"];
