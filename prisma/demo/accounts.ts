/** The demo accounts (one per role) and their shared password; shown on the sign-in page only in demo mode. */
export const DEMO_PASSWORD = "demo1234";

/** One account per role; the sign-in page lists them in demo mode. */
export const DEMO_ACCOUNTS = [
  { username: "quantri", fullName: "Lê Văn Quản", role: "ADMIN", unitCode: "DUK" },
  { username: "bantochuc", fullName: "Trần Thị Hoa", role: "SUPERIOR_STAFF", unitCode: "DUK" },
  { username: "vanphong.dhhd", fullName: "Nguyễn Văn Thành", role: "GRASSROOTS_STAFF", unitCode: "DHHD" },
  { username: "bithu.cntt", fullName: "Phạm Minh Đức", role: "BRANCH_SECRETARY", unitCode: "DHHD-KT-CB01" },
  { username: "xem.sgd", fullName: "Hoàng Thị Lan", role: "VIEWER", unitCode: "SGD" },
] as const;
