import { classStateOn } from "../../rules/awareness-classes";
import { courseField, dateField } from "../fields";
import type { StageModule } from "../step-module";

/** Cảm tình Đảng: on the sympathiser list; leaves when enrolled in an awareness class. */
export const sympathizer: StageModule = {
  stage: "SYMPATHIZER",
  exit: {
    fields: [dateField("date"), courseField],
    formFieldCodes: ["COURSE_MISSING"],
    requires: ({ input }) => {
      const { course } = input;
      if (!course) return [{ code: "COURSE_MISSING" }];
      if (course.kind !== "AWARENESS") return [{ code: "COURSE_WRONG_KIND" }];
      // Nobody joins a class that is over by the step's date (a back-dated enrolment on a day the
      // class ran is fine): the record page offers only these classes, and the server agrees.
      if (course.endDate && classStateOn({ startDate: course.startDate, endDate: course.endDate }, input.date) === "ENDED") {
        return [{ code: "COURSE_ENDED", params: { classEnd: course.endDate } }];
      }
      return [];
    },
    records: ({ input }) => (input.courseId ? [{ kind: "enrolment", courseId: input.courseId }] : []),
  },
};
