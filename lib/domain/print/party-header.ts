import type { IsoDate } from "../rules/dates";

/** The unit kinds, as the print header needs them. */
export type HeaderUnitKind = "SUPERIOR_COMMITTEE" | "GRASSROOTS_COMMITTEE" | "GRASSROOTS_BRANCH" | "PARTIAL_COMMITTEE" | "BRANCH";

export interface HeaderUnit {
  name: string;
  kind: HeaderUnitKind;
}

const upper = (text: string) => text.trim().replace(/\s+/g, " ").toLocaleUpperCase("vi");

/**
 * HD 36-HD/VPTW: the issuing body is the committee (đảng ủy), the line above it the party
 * organisation (đảng bộ) it belongs to. Units are stored by their organisation's name
 * ("Đảng bộ Trường Đại học Hồng Đức"), so a committee issues as "ĐẢNG ỦY TRƯỜNG ĐẠI HỌC HỒNG ĐỨC".
 */
export function issuingBody(unit: HeaderUnit): string {
  const committee = unit.kind === "GRASSROOTS_COMMITTEE" || unit.kind === "PARTIAL_COMMITTEE" || unit.kind === "SUPERIOR_COMMITTEE";
  return upper(committee ? unit.name.trim().replace(/^đảng bộ\s/i, "Đảng ủy ") : unit.name);
}

/** The party organisation above, named as such: "Đảng ủy Khối các cơ quan tỉnh" heads "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH". */
export function partyOrganisation(unit: HeaderUnit): string {
  return upper(unit.name.trim().replace(/^đảng ủy\s/i, "Đảng bộ "));
}

/** The left column of the header: the superior organisation (regular), the issuing body (bold). */
export function headerLines(unit: HeaderUnit, superior: HeaderUnit | null): { superior: string | null; issuer: string } {
  return { superior: superior ? partyOrganisation(superior) : null, issuer: issuingBody(unit) };
}

/** Who signs for the issuing body ("T/M CHI ỦY" / "BÍ THƯ"): party titles, printed in Vietnamese whatever the reader's language. */
export function signerOf(kind: HeaderUnitKind): { body: string; title: string } {
  if (kind === "BRANCH" || kind === "GRASSROOTS_BRANCH") return { body: "T/M CHI ỦY", title: "BÍ THƯ" };
  if (kind === "SUPERIOR_COMMITTEE") return { body: "T/M BAN THƯỜNG VỤ", title: "BÍ THƯ" };
  return { body: "T/M ĐẢNG ỦY", title: "BÍ THƯ" };
}

/** The nearest place up the tree (the unit's own first): where the paper is dated. */
export function nearestPlace(unitsFromRootDown: readonly { place: string | null }[]): string | null {
  for (let i = unitsFromRootDown.length - 1; i >= 0; i--) {
    const place = unitsFromRootDown[i]!.place?.trim();
    if (place) return place;
  }
  return null;
}

/**
 * "Thanh Hóa, ngày 01 tháng 12 năm 2026": the place and date line. An unknown place or date leaves
 * dots to fill by hand, as on a blank form ("…, ngày … tháng … năm …").
 */
export function placeDateLine(place: string | null, date: IsoDate | null): string {
  const [y, m, d] = date ? date.split("-") : ["…", "…", "…"];
  return `${place?.trim() || "…"}, ngày ${d} tháng ${m} năm ${y}`;
}
