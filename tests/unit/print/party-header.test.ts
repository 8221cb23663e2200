import { describe, expect, it } from "vitest";
import { headerLines, issuingBody, nearestPlace, partyOrganisation, placeDateLine, signerOf } from "@/lib/domain/print/party-header";

describe("issuingBody", () => {
  it("names a grassroots committee's organisation as its committee, in capitals", () => {
    expect(issuingBody({ name: "Đảng bộ Trường Đại học Hồng Đức", kind: "GRASSROOTS_COMMITTEE" })).toBe("ĐẢNG ỦY TRƯỜNG ĐẠI HỌC HỒNG ĐỨC");
  });
  it("does the same for a partial committee and a superior committee", () => {
    expect(issuingBody({ name: "Đảng bộ bộ phận Khoa Kinh tế", kind: "PARTIAL_COMMITTEE" })).toBe("ĐẢNG ỦY BỘ PHẬN KHOA KINH TẾ");
    expect(issuingBody({ name: "Đảng bộ Khối các cơ quan tỉnh", kind: "SUPERIOR_COMMITTEE" })).toBe("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH");
  });
  it("reads the organisation's name whatever its case and surrounding spaces", () => {
    expect(issuingBody({ name: "  đảng bộ xã Quảng Phú ", kind: "GRASSROOTS_COMMITTEE" })).toBe("ĐẢNG ỦY XÃ QUẢNG PHÚ");
    expect(issuingBody({ name: "ĐẢNG BỘ Phường Hạc Thành", kind: "GRASSROOTS_COMMITTEE" })).toBe("ĐẢNG ỦY PHƯỜNG HẠC THÀNH");
  });
  it("keeps a committee's name that does not begin with 'Đảng bộ'", () => {
    expect(issuingBody({ name: "Đảng ủy Khối các cơ quan tỉnh", kind: "SUPERIOR_COMMITTEE" })).toBe("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH");
    expect(issuingBody({ name: "Cơ quan Đảng bộ tỉnh", kind: "GRASSROOTS_COMMITTEE" })).toBe("CƠ QUAN ĐẢNG BỘ TỈNH");
    // "Đảng bộ" must be a word of its own.
    expect(issuingBody({ name: "Đảng bộ-Khối", kind: "GRASSROOTS_COMMITTEE" })).toBe("ĐẢNG BỘ-KHỐI");
  });
  it("keeps a branch's and a grassroots branch's own name, in capitals", () => {
    expect(issuingBody({ name: "Chi bộ Khoa Công nghệ thông tin", kind: "BRANCH" })).toBe("CHI BỘ KHOA CÔNG NGHỆ THÔNG TIN");
    expect(issuingBody({ name: "Chi bộ cơ sở Trường THPT Lam Sơn", kind: "GRASSROOTS_BRANCH" })).toBe("CHI BỘ CƠ SỞ TRƯỜNG THPT LAM SƠN");
    expect(issuingBody({ name: "Đảng bộ lạ", kind: "BRANCH" })).toBe("ĐẢNG BỘ LẠ");
  });
  it("collapses runs of spaces and trims the name", () => {
    expect(issuingBody({ name: "  Chi bộ   Khoa\tToán  ", kind: "BRANCH" })).toBe("CHI BỘ KHOA TOÁN");
  });
});

describe("partyOrganisation", () => {
  it("names the organisation a committee heads: a leading 'Đảng ủy' becomes 'ĐẢNG BỘ'", () => {
    expect(partyOrganisation({ name: "Đảng ủy Khối các cơ quan tỉnh", kind: "SUPERIOR_COMMITTEE" })).toBe("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH");
    expect(partyOrganisation({ name: " đảng ủy   xã Quảng Phú", kind: "GRASSROOTS_COMMITTEE" })).toBe("ĐẢNG BỘ XÃ QUẢNG PHÚ");
  });
  it("keeps an organisation's name as stored, in capitals", () => {
    expect(partyOrganisation({ name: "Đảng bộ tỉnh Thanh Hóa", kind: "SUPERIOR_COMMITTEE" })).toBe("ĐẢNG BỘ TỈNH THANH HÓA");
    expect(partyOrganisation({ name: "Ban Thường vụ Đảng ủy tỉnh", kind: "SUPERIOR_COMMITTEE" })).toBe("BAN THƯỜNG VỤ ĐẢNG ỦY TỈNH");
    expect(partyOrganisation({ name: "Đảng ủy-Khối", kind: "SUPERIOR_COMMITTEE" })).toBe("ĐẢNG ỦY-KHỐI");
  });
});

describe("headerLines", () => {
  it("puts the superior organisation above the issuing body", () => {
    expect(
      headerLines(
        { name: "Đảng bộ Trường Đại học Hồng Đức", kind: "GRASSROOTS_COMMITTEE" },
        { name: "Đảng ủy Khối các cơ quan tỉnh", kind: "SUPERIOR_COMMITTEE" },
      ),
    ).toEqual({ superior: "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", issuer: "ĐẢNG ỦY TRƯỜNG ĐẠI HỌC HỒNG ĐỨC" });
  });
  it("has no superior line at the top of the tree", () => {
    expect(headerLines({ name: "Đảng bộ tỉnh Thanh Hóa", kind: "SUPERIOR_COMMITTEE" }, null)).toEqual({ superior: null, issuer: "ĐẢNG ỦY TỈNH THANH HÓA" });
  });
});

describe("signerOf", () => {
  it("signs for the branch committee in a branch and a grassroots branch", () => {
    expect(signerOf("BRANCH")).toEqual({ body: "T/M CHI ỦY", title: "BÍ THƯ" });
    expect(signerOf("GRASSROOTS_BRANCH")).toEqual({ body: "T/M CHI ỦY", title: "BÍ THƯ" });
  });
  it("signs for the standing committee in a superior committee", () => {
    expect(signerOf("SUPERIOR_COMMITTEE")).toEqual({ body: "T/M BAN THƯỜNG VỤ", title: "BÍ THƯ" });
  });
  it("signs for the party committee in a grassroots or partial committee", () => {
    expect(signerOf("GRASSROOTS_COMMITTEE")).toEqual({ body: "T/M ĐẢNG ỦY", title: "BÍ THƯ" });
    expect(signerOf("PARTIAL_COMMITTEE")).toEqual({ body: "T/M ĐẢNG ỦY", title: "BÍ THƯ" });
  });
});

describe("nearestPlace", () => {
  it("takes the unit's own place first", () => {
    expect(nearestPlace([{ place: "Thanh Hóa" }, { place: "Hạc Thành" }, { place: "Quảng Phú" }])).toBe("Quảng Phú");
  });
  it("goes up the tree past units without a place (none or blank), trimming the one it finds", () => {
    expect(nearestPlace([{ place: "Thanh Hóa" }, { place: " Hạc Thành " }, { place: null }, { place: "   " }])).toBe("Hạc Thành");
  });
  it("reaches the root", () => {
    expect(nearestPlace([{ place: "Thanh Hóa" }, { place: null }, { place: "" }])).toBe("Thanh Hóa");
    expect(nearestPlace([{ place: "Thanh Hóa" }])).toBe("Thanh Hóa");
  });
  it("is null when no unit has a place", () => {
    expect(nearestPlace([{ place: null }, { place: " " }])).toBeNull();
    expect(nearestPlace([])).toBeNull();
  });
});

describe("placeDateLine", () => {
  it("writes the place and the date with two-digit day and month", () => {
    expect(placeDateLine("Thanh Hóa", "2026-12-01")).toBe("Thanh Hóa, ngày 01 tháng 12 năm 2026");
    expect(placeDateLine("Hạc Thành", "2027-03-09")).toBe("Hạc Thành, ngày 09 tháng 03 năm 2027");
  });
  it("leaves dots for an unknown place or date", () => {
    expect(placeDateLine(null, null)).toBe("…, ngày … tháng … năm …");
    expect(placeDateLine("Thanh Hóa", null)).toBe("Thanh Hóa, ngày … tháng … năm …");
    expect(placeDateLine(null, "2026-12-01")).toBe("…, ngày 01 tháng 12 năm 2026");
  });
  it("trims the place, and takes a blank one as unknown", () => {
    expect(placeDateLine("  Thanh Hóa ", "2026-12-01")).toBe("Thanh Hóa, ngày 01 tháng 12 năm 2026");
    expect(placeDateLine("   ", "2026-12-01")).toBe("…, ngày 01 tháng 12 năm 2026");
  });
});
