/**
 * The demo unit tree: a provincial agencies bloc committee with a dozen grassroots organisations of
 * the kinds the seed articles describe (a university, a cement company, a bank branch, provincial
 * departments, a hospital, a garment company, a ward's residential groups).
 */
export type DemoUnitKind = "SUPERIOR_COMMITTEE" | "GRASSROOTS_COMMITTEE" | "GRASSROOTS_BRANCH" | "PARTIAL_COMMITTEE" | "BRANCH";
export type DemoSector = "AGENCY" | "PUBLIC_SERVICE" | "STATE_ENTERPRISE" | "NON_STATE_ENTERPRISE" | "SCHOOL" | "RESIDENTIAL";

export interface DemoUnit {
  code: string;
  name: string;
  kind: DemoUnitKind;
  /** The demo's own hint for the occupations of its candidates; not stored (units have no sector column). */
  sector?: DemoSector;
  children?: DemoUnit[];
  hasYouthUnion?: boolean;
}

const branches = (prefix: string, names: string[], youth = true): DemoUnit[] =>
  names.map((name, i) => ({ code: `${prefix}-CB${String(i + 1).padStart(2, "0")}`, name: `Chi bộ ${name}`, kind: "BRANCH", hasYouthUnion: youth }));

export const DEMO_TREE: DemoUnit = {
  code: "DUK",
  name: "Đảng ủy Khối các cơ quan tỉnh",
  kind: "SUPERIOR_COMMITTEE",
  sector: "AGENCY",
  children: [
    {
      code: "DHHD",
      name: "Đảng bộ Trường Đại học Hồng Đức",
      kind: "GRASSROOTS_COMMITTEE",
      sector: "SCHOOL",
      children: [
        {
          code: "DHHD-SP",
          name: "Đảng bộ bộ phận Khối Sư phạm",
          kind: "PARTIAL_COMMITTEE",
          children: branches("DHHD-SP", ["Khoa Toán", "Khoa Ngữ văn", "Khoa Lịch sử", "Sinh viên Khối Sư phạm"]),
        },
        {
          code: "DHHD-KT",
          name: "Đảng bộ bộ phận Khối Kỹ thuật",
          kind: "PARTIAL_COMMITTEE",
          children: branches("DHHD-KT", ["Khoa Công nghệ thông tin", "Khoa Kỹ thuật công nghệ", "Sinh viên Khối Kỹ thuật"]),
        },
        ...branches("DHHD", ["Phòng Tổ chức cán bộ", "Phòng Đào tạo", "Khoa Kinh tế", "Khoa Nông lâm ngư nghiệp"]),
      ],
    },
    {
      code: "XMBS",
      name: "Đảng bộ Công ty CP Xi măng Bỉm Sơn",
      kind: "GRASSROOTS_COMMITTEE",
      sector: "STATE_ENTERPRISE",
      children: branches("XMBS", ["Xưởng Mỏ nguyên liệu", "Xưởng Lò nung", "Xưởng Nghiền đóng bao", "Phòng Kỹ thuật", "Phòng Kinh doanh", "Xưởng Cơ khí"]),
    },
    {
      code: "VTB",
      name: "Đảng bộ Ngân hàng TMCP Công thương – Chi nhánh tỉnh",
      kind: "GRASSROOTS_COMMITTEE",
      sector: "STATE_ENTERPRISE",
      children: branches("VTB", ["Phòng Khách hàng doanh nghiệp", "Phòng Bán lẻ", "Phòng Giao dịch Bắc Sơn", "Phòng Tổng hợp"]),
    },
    {
      code: "SGD",
      name: "Đảng bộ Sở Giáo dục và Đào tạo",
      kind: "GRASSROOTS_COMMITTEE",
      sector: "AGENCY",
      children: branches("SGD", ["Văn phòng Sở", "Phòng Giáo dục trung học", "Phòng Khảo thí", "Trường THPT chuyên Lam Sơn", "Trường THPT Đào Duy Từ"]),
    },
    {
      code: "SYT",
      name: "Đảng bộ Sở Y tế",
      kind: "GRASSROOTS_COMMITTEE",
      sector: "AGENCY",
      children: branches("SYT", ["Văn phòng Sở", "Phòng Nghiệp vụ Y", "Trung tâm Kiểm soát bệnh tật", "Chi cục Dân số", "Trung tâm Pháp y"]),
    },
    {
      code: "STC",
      name: "Đảng bộ Sở Tài chính",
      kind: "GRASSROOTS_COMMITTEE",
      sector: "AGENCY",
      children: branches("STC", ["Văn phòng Sở", "Phòng Ngân sách", "Phòng Quản lý giá", "Thanh tra Sở"]),
    },
    {
      code: "SLD",
      name: "Đảng bộ Sở Lao động – Thương binh và Xã hội",
      kind: "GRASSROOTS_COMMITTEE",
      sector: "AGENCY",
      children: branches("SLD", ["Văn phòng Sở", "Phòng Người có công", "Trung tâm Dịch vụ việc làm", "Trường Cao đẳng nghề", "Trung tâm Bảo trợ xã hội"]),
    },
    {
      code: "BVDK",
      name: "Đảng bộ Bệnh viện Đa khoa tỉnh",
      kind: "GRASSROOTS_COMMITTEE",
      sector: "PUBLIC_SERVICE",
      children: [
        {
          code: "BVDK-NOI",
          name: "Đảng bộ bộ phận Khối Nội",
          kind: "PARTIAL_COMMITTEE",
          children: branches("BVDK-NOI", ["Khoa Nội tổng hợp", "Khoa Tim mạch", "Khoa Nhi"]),
        },
        ...branches("BVDK", ["Khoa Ngoại", "Khoa Hồi sức cấp cứu", "Phòng Điều dưỡng"]),
      ],
    },
    { code: "STP", name: "Chi bộ Sở Tư pháp", kind: "GRASSROOTS_BRANCH", sector: "AGENCY", hasYouthUnion: true },
    { code: "BDT", name: "Chi bộ Ban Dân tộc tỉnh", kind: "GRASSROOTS_BRANCH", sector: "AGENCY", hasYouthUnion: true },
    {
      code: "MHH",
      name: "Đảng bộ Công ty TNHH May Hải Hà",
      kind: "GRASSROOTS_COMMITTEE",
      sector: "NON_STATE_ENTERPRISE",
      children: branches("MHH", ["Xưởng May 1", "Xưởng May 2", "Xưởng Cắt", "Khối Văn phòng"]),
    },
    {
      code: "PDB",
      name: "Đảng bộ Phường Điện Biên",
      kind: "GRASSROOTS_COMMITTEE",
      sector: "RESIDENTIAL",
      children: branches("PDB", ["Tổ dân phố 1", "Tổ dân phố 2", "Tổ dân phố 3", "Tổ dân phố 5", "Khu dân cư Nam Ngạn"], false),
    },
    {
      code: "SXD",
      name: "Đảng bộ Sở Xây dựng",
      kind: "GRASSROOTS_COMMITTEE",
      sector: "AGENCY",
      children: branches("SXD", ["Văn phòng Sở", "Phòng Quản lý xây dựng", "Thanh tra Sở", "Viện Quy hoạch"]),
    },
  ],
};
