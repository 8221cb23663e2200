import bcrypt from "bcryptjs";
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "../../lib/db/generated/client";
import type { StageCode } from "../../lib/domain/stages";
import { foldVi, viSortKey } from "../../lib/domain/text";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts";
import { DEMO_TREE, type DemoUnit } from "./units";
import { ETHNIC_MINORITIES, RELIGIONS, RESIDENCES, vietnameseName } from "./names";
import { addDays, seededRandom } from "./random";
import { buildTimeline, stageOn, stagesReached } from "./timeline";

const minDate = (a: string, b: string) => (a < b ? a : b);
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const date = (iso: string | undefined) => (iso ? d(iso) : null);
/** Age in whole years on a date (the Youth Union route's 16–30). */
const yearsOn = (birth: string, on: string) => Number(on.slice(0, 4)) - Number(birth.slice(0, 4)) - (on.slice(5) < birth.slice(5) ? 1 : 0);

interface FlatUnit {
  id: string;
  code: string;
  name: string;
  kind: DemoUnit["kind"];
  parentId: string | null;
  path: string;
  depth: number;
  sector: DemoUnit["sector"] | null;
  hasYouthUnion: boolean;
  grassrootsCode: string | null;
}

function flatten(unit: DemoUnit, parent: FlatUnit | null, out: FlatUnit[]): void {
  const id = randomUUID();
  const isGrassroots = unit.kind === "GRASSROOTS_COMMITTEE" || unit.kind === "GRASSROOTS_BRANCH";
  const flat: FlatUnit = {
    id,
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    parentId: parent?.id ?? null,
    path: `${parent?.path ?? "/"}${id}/`,
    depth: (parent?.depth ?? -1) + 1,
    sector: unit.sector ?? parent?.sector ?? null,
    hasYouthUnion: unit.hasYouthUnion ?? false,
    grassrootsCode: isGrassroots ? unit.code : (parent?.grassrootsCode ?? null),
  };
  out.push(flat);
  for (const child of unit.children ?? []) flatten(child, flat, out);
}

/** Seeds the demo data set. `today` fixes the stage each candidate has reached. */
export async function seedDemo(prisma: PrismaClient, options: { today: string; holidays: { date: string; name: string }[] }) {
  const random = seededRandom(20251);
  const units: FlatUnit[] = [];
  flatten(DEMO_TREE, null, units);
  const byCode = new Map(units.map((u) => [u.code, u]));
  const branches = units.filter((u) => u.kind === "BRANCH" || u.kind === "GRASSROOTS_BRANCH");
  const superior = units[0]!;

  const officialMembers = new Map<string, number>(branches.map((b) => [b.id, random.int(6, 38)]));
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);

  const candidates: Prisma.CandidateCreateManyInput[] = [];
  const events: Prisma.CandidateEventCreateManyInput[] = [];
  const resolutions: Prisma.ResolutionCreateManyInput[] = [];
  const decisions: Prisma.DecisionCreateManyInput[] = [];
  const ceremonies: Prisma.CeremonyCreateManyInput[] = [];
  const enrolments: Prisma.EnrolmentCreateManyInput[] = [];
  const helpers: Prisma.HelperCreateManyInput[] = [];
  const dossierItems: Prisma.DossierItemCreateManyInput[] = [];
  // The papers a candidate at each stage already has in the file (checked, older ones; received, recent).
  const papers = (candidateId: string, codes: string[], date: string, status: "RECEIVED" | "CHECKED") =>
    codes.forEach((code) => dossierItems.push({ id: randomUUID(), candidateId, code, status, date: d(date) }));
  const decisionCounter = new Map<number, number>();

  // One awareness class per quarter, run by the bloc committee.
  const courses = new Map<string, { id: string; name: string; start: string; end: string }>();
  const courseFor = (iso: string) => {
    const year = Number(iso.slice(0, 4));
    const quarter = Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;
    const key = `${year}-Q${quarter}`;
    if (!courses.has(key)) {
      const start = `${year}-${String((quarter - 1) * 3 + 2).padStart(2, "0")}-10`;
      courses.set(key, { id: randomUUID(), name: `Lớp bồi dưỡng nhận thức về Đảng khóa ${quarter}/${year}`, start, end: addDays(start, 4) });
    }
    return courses.get(key)!;
  };

  const total = 420;
  for (let i = 0; i < total; i++) {
    const branch = random.pick(branches);
    const grassroots = byCode.get(branch.grassrootsCode ?? "")!;
    const sex = random.chance(0.58) ? "FEMALE" : "MALE";
    const fullName = vietnameseName(random, sex);
    // Older cohorts are mostly official by now; recent ones fill the early stages.
    const start = random.chance(0.5) ? addDays(options.today, -random.int(20, 600)) : addDays("2020-03-01", random.int(0, 5 * 365));
    const timeline = buildTimeline(random, start, { hasTest: true, hasCommittee: branch.kind === "BRANCH" });
    const reachedToday = stageOn(timeline, options.today);
    let stage: StageCode = reachedToday.stage;
    let since = reachedToday.since;
    let exitReason: string | null = null;
    if (stage !== "OFFICIAL" && stage !== "PROBATION" && random.chance(0.08)) {
      exitReason = random.pick(["Chuyển công tác ra ngoài đơn vị", "Xin rút khỏi danh sách cảm tình Đảng", "Không đủ tiêu chuẩn về lịch sử chính trị"]);
      stage = "DROPPED";
      since = minDate(addDays(since, random.int(5, 40)), options.today);
    } else if (stage === "PROBATION" && random.chance(0.04)) {
      exitReason = "Không đủ tư cách đảng viên dự bị";
      stage = "STRUCK_OFF";
      since = minDate(addDays(since, random.int(30, 200)), options.today);
    }
    const isStudent = branch.name.includes("Sinh viên");
    const age = isStudent ? random.int(19, 23) : random.int(22, 45);
    const birthDate = addDays(start, -age * 365 - random.int(0, 300));
    const id = randomUUID();
    const reached = stagesReached(timeline, options.today);
    candidates.push({
      id,
      unitId: branch.id,
      fullName,
      searchName: foldVi(fullName),
      sortKey: viSortKey(fullName),
      sex,
      birthDate: d(birthDate),
      ethnicity: random.chance(0.12) ? random.pick(ETHNIC_MINORITIES) : "Kinh",
      religion: random.chance(0.08) ? random.pick(RELIGIONS) : null,
      educationLevel: isStudent ? "UPPER_SECONDARY" : random.pick(["UNIVERSITY", "UNIVERSITY", "UNIVERSITY", "MASTER", "COLLEGE", "VOCATIONAL"] as const),
      generalEducation: "12/12",
      occupationGroup: isStudent
        ? "STUDENT"
        : grassroots.sector === "NON_STATE_ENTERPRISE"
          ? "NON_STATE_EMPLOYEE"
          : grassroots.sector === "STATE_ENTERPRISE"
            ? random.pick(["WORKER", "INTELLECTUAL"] as const)
            : grassroots.sector === "RESIDENTIAL"
              ? random.pick(["OTHER", "PRIVATE_OWNER", "ARMED_FORCES"] as const)
              : random.pick(["CIVIL_SERVANT", "INTELLECTUAL"] as const),
      youthUnionMember: age <= 30,
      tradeUnionMember: !isStudent && grassroots.sector !== "RESIDENTIAL",
      nationalId: `0382${String(10000000 + i * 7919).slice(-8)}`,
      phone: `09${String(10000000 + i * 104729).slice(-8)}`,
      residence: `${random.pick(RESIDENCES)}, tỉnh Thanh Hóa`,
      stage,
      stageSince: d(since),
      exitReason,
      ruleSetCode: start >= "2025-07-01" ? "QD294-2025" : "QD24-2021",
      admittedOn: reached.includes("CEREMONY") ? date(timeline.decisionDate) : null,
      ceremonyOn: reached.includes("PROBATION") ? date(timeline.ceremonyDate) : null,
      officialOn: reached.includes("OFFICIAL") ? date(timeline.officialDate) : null,
    });

    const actorId = null;
    events.push({ candidateId: id, actorId, at: d(start), kind: "CREATED", toStage: "SOURCE" });
    for (let s = 1; s < reached.length; s++) {
      events.push({ candidateId: id, actorId, at: d(timeline.entered[reached[s]!]!), kind: "TRANSITION", fromStage: reached[s - 1], toStage: reached[s]! });
    }
    if (exitReason) events.push({ candidateId: id, actorId, at: d(since), kind: "TRANSITION", fromStage: reached.at(-1), toStage: stage, reason: exitReason });

    if (reached.includes("SYMPATHIZER"))
      helpers.push({
        id: randomUUID(),
        candidateId: id,
        fullName: vietnameseName(random, random.chance(0.5) ? "MALE" : "FEMALE"),
        assignedOn: d(timeline.entered.SYMPATHIZER!),
      });
    if (reached.includes("TRAINING")) {
      const course = courseFor(timeline.entered.TRAINING!);
      const passed = reached.includes("DOSSIER");
      enrolments.push({
        id: randomUUID(),
        courseId: course.id,
        candidateId: id,
        result: passed ? "PASSED" : "ENROLLED",
        certificateNumber: passed ? `${random.int(100, 999)}/GCN-ĐUK` : null,
        certificateDate: passed ? d(timeline.certificateDate!) : null,
        certificateIssuer: passed ? superior.name : null,
      });
    }
    const roll = officialMembers.get(branch.id)!;
    if (reached.includes("COMMITTEE_REVIEW") || (reached.includes("SUPERIOR_DECISION") && branch.kind === "GRASSROOTS_BRANCH")) {
      const votesFor = Math.max(Math.ceil((roll * 2) / 3), roll - random.int(0, 2));
      resolutions.push({
        id: randomUUID(),
        candidateId: id,
        kind: "BRANCH_ADMISSION",
        unitId: branch.id,
        number: `${random.int(1, 99)}-NQ/CB`,
        date: d(timeline.branchVoteDate!),
        membersOnRoll: roll,
        present: roll - random.int(0, 2),
        votesFor,
        votesAgainst: 0,
        passed: true,
      });
    }
    if (timeline.grassrootsVoteDate && reached.includes("SUPERIOR_DECISION")) {
      resolutions.push({
        id: randomUUID(),
        candidateId: id,
        kind: "GRASSROOTS_ADMISSION",
        unitId: grassroots.id,
        number: `${random.int(100, 999)}-NQ/ĐU`,
        date: d(timeline.grassrootsVoteDate),
        membersOnRoll: 9,
        present: 9,
        votesFor: 9,
        votesAgainst: 0,
        passed: true,
      });
    }
    if (reached.includes("CEREMONY")) {
      const year = Number(timeline.decisionDate!.slice(0, 4));
      const n = (decisionCounter.get(year) ?? 0) + 1;
      decisionCounter.set(year, n);
      decisions.push({
        id: randomUUID(),
        candidateId: id,
        kind: "ADMISSION",
        unitId: superior.id,
        number: `${n}-QĐ/ĐUK/${year}`,
        date: d(timeline.decisionDate!),
        receivedOn: d(timeline.decisionReceivedOn!),
      });
    }
    // The papers of every stage passed (HD 12-HD/BTCTW 2022), as the moves require them: A2 and A3 to
    // leave DOSSIER, A1–A6 for the branch vote (A5 on the Youth Union route), B1–B3 to send the file up, C1–C8.
    const underPartial = units.find((u) => u.id === branch.parentId)?.kind === "PARTIAL_COMMITTEE";
    const checkedLater = reached.includes("SUPERIOR_DECISION") ? "CHECKED" : "RECEIVED";
    const passedDossier = timeline.entered.AWARENESS_TEST ?? timeline.entered.BRANCH_VOTE;
    const youthRoute = branch.hasYouthUnion && timeline.branchVoteDate !== undefined && yearsOn(birthDate, timeline.branchVoteDate) <= 30;
    if (reached.includes("DOSSIER")) papers(id, ["A1"], timeline.certificateDate!, "CHECKED");
    if (passedDossier && passedDossier <= options.today) papers(id, ["A2", "A3"], passedDossier, checkedLater);
    if (reached.includes("BRANCH_VOTE")) papers(id, ["A4", "A6"], timeline.entered.BRANCH_VOTE!, checkedLater);
    if (youthRoute && (reached.includes("COMMITTEE_REVIEW") || reached.includes("SUPERIOR_DECISION")))
      papers(id, ["A5"], timeline.branchVoteDate!, checkedLater);
    if (reached.includes("SUPERIOR_DECISION"))
      papers(id, ["B1", ...(branch.kind === "BRANCH" ? ["B3"] : []), ...(underPartial ? ["B2"] : [])], timeline.entered.SUPERIOR_DECISION!, "CHECKED");
    if (reached.includes("CEREMONY")) papers(id, ["B4", "B5", "B6"], timeline.decisionDate!, "CHECKED");
    if (reached.includes("OFFICIAL"))
      papers(
        id,
        ["C1", "C2", "C3", "C4", "C5", ...(underPartial ? ["C6"] : []), ...(branch.kind === "BRANCH" ? ["C7"] : []), "C8"],
        timeline.officialDate!,
        "CHECKED",
      );
    if (reached.includes("PROBATION"))
      ceremonies.push({
        id: randomUUID(),
        candidateId: id,
        date: d(timeline.ceremonyDate!),
        place: `Hội trường ${grassroots.name.replace(/^Đảng bộ |^Chi bộ /, "")}`,
      });
  }

  const grassrootsUnits = units.filter((u) => u.kind === "GRASSROOTS_COMMITTEE" || u.kind === "GRASSROOTS_BRANCH");
  const members = (u: FlatUnit) => branches.filter((b) => b.path.startsWith(u.path)).reduce((sum, b) => sum + officialMembers.get(b.id)!, 0);
  // Quotas are set near what each unit actually admits, some higher, some lower, so that the
  // dashboards show units ahead of plan, on track and at risk, as a real bloc would.
  const admittedIn = (unit: FlatUnit, year: number) =>
    decisions.filter(
      (dec) =>
        String(dec.date instanceof Date ? dec.date.toISOString() : dec.date).startsWith(String(year)) &&
        units.find((u) => u.id === candidates.find((c) => c.id === dec.candidateId)?.unitId)?.path.startsWith(unit.path),
    ).length;
  const quotas: Prisma.QuotaCreateManyInput[] = [];
  for (const unit of [superior, ...grassrootsUnits]) {
    const yearly: Record<number, number> = {};
    for (let year = 2021; year <= 2026; year++) {
      const actual = admittedIn(unit, year);
      const ambition = year === 2026 ? random.pick([0.8, 1.0, 1.1, 1.3, 1.5, 1.8]) : random.pick([0.7, 0.9, 1.0, 1.2, 1.4]);
      yearly[year] = Math.max(1, Math.round(actual * ambition));
      quotas.push({
        id: randomUUID(),
        unitId: unit.id,
        startYear: year,
        endYear: year,
        target: yearly[year],
        documentNumber: `Kế hoạch ${random.int(10, 99)}-KH/${unit.code}`,
        documentDate: d(`${year - 1}-12-20`),
        locked: year < 2026,
      });
    }
    // Two units have asked for a different figure this year and wait for the bloc's approval, so
    // the quotas page has a proposal to approve (deterministic: no draw from the random stream).
    if (grassrootsUnits.indexOf(unit) >= 0 && grassrootsUnits.indexOf(unit) < 2) {
      quotas.push({
        id: randomUUID(),
        unitId: unit.id,
        startYear: 2026,
        endYear: 2026,
        status: "PROPOSED",
        target: yearly[2026]! + 2,
        documentNumber: `Tờ trình 03-TTr/${unit.code}`,
        documentDate: d("2026-01-10"),
      });
    }
    const term = Math.max(
      5,
      Math.round((admittedIn(unit, 2020) + [2021, 2022, 2023, 2024, 2025].reduce((n, y) => n + admittedIn(unit, y), 0)) * random.pick([0.85, 1.0, 1.15])),
    );
    quotas.push({
      id: randomUUID(),
      unitId: unit.id,
      startYear: 2020,
      endYear: 2025,
      target: term,
      documentNumber: unit === superior ? "Nghị quyết Đại hội Đảng bộ Khối lần thứ V" : "Nghị quyết Đại hội nhiệm kỳ 2020–2025",
      documentDate: d("2020-07-15"),
      locked: true,
    });
  }

  await prisma.$transaction(
    async (tx) => {
      await tx.unit.createMany({
        data: units.map((u) => ({
          id: u.id,
          code: u.code,
          name: u.name,
          kind: u.kind,
          parentId: u.parentId,
          path: u.path,
          depth: u.depth,
          hasYouthUnion: u.hasYouthUnion,
          runsAwarenessTest: u.kind === "SUPERIOR_COMMITTEE",
          decidesAdmission: u.kind === "SUPERIOR_COMMITTEE",
          officialMembers: officialMembers.get(u.id) ?? members(u),
          totalMembers: Math.round((officialMembers.get(u.id) ?? members(u)) * 1.08),
          committeeMembers: u.kind === "BRANCH" || u.kind === "GRASSROOTS_BRANCH" ? 3 : 9,
          // The bloc sits in Thanh Hóa; the units below inherit the place for their printed papers.
          place: u.parentId === null ? "Thanh Hóa" : null,
        })),
      });
      // Each unit's roll as its first history entry (a vote is checked against the roll on its date).
      await tx.unitRoll.createMany({
        data: units.map((u) => {
          const official = officialMembers.get(u.id) ?? members(u);
          return {
            unitId: u.id,
            effectiveFrom: d("1990-01-01"),
            officialMembers: official,
            totalMembers: Math.round(official * 1.08),
            committeeMembers: u.kind === "BRANCH" || u.kind === "GRASSROOTS_BRANCH" ? 3 : 9,
            hasYouthUnion: u.hasYouthUnion ?? false,
            note: "initial",
          };
        }),
      });
      await tx.user.createMany({
        data: DEMO_ACCOUNTS.map((a) => ({ username: a.username, fullName: a.fullName, role: a.role, unitId: byCode.get(a.unitCode)!.id, passwordHash })),
      });
      await tx.course.createMany({
        data: [...courses.values()].map((c) => ({
          id: c.id,
          kind: "AWARENESS" as const,
          name: c.name,
          unitId: superior.id,
          startDate: d(c.start),
          endDate: d(c.end),
          issuer: superior.name,
        })),
      });
      await tx.candidate.createMany({ data: candidates });
      await tx.candidateEvent.createMany({ data: events });
      await tx.helper.createMany({ data: helpers });
      await tx.enrolment.createMany({ data: enrolments });
      await tx.resolution.createMany({ data: resolutions });
      await tx.decision.createMany({ data: decisions });
      await tx.ceremony.createMany({ data: ceremonies });
      await tx.dossierItem.createMany({ data: dossierItems });
      await tx.quota.createMany({ data: quotas });
      await tx.holiday.createMany({ data: options.holidays.map((h) => ({ date: d(h.date), name: h.name })), skipDuplicates: true });
    },
    { timeout: 120_000 },
  );
  return { units: units.length, branches: branches.length, candidates: candidates.length };
}
