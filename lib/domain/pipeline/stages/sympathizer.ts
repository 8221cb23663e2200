import { courseField, dateField } from "../fields";
import type { StageModule } from "../step-module";

/** Cảm tình Đảng: on the sympathiser list; leaves when enrolled in an awareness class. */
export const sympathizer: StageModule = {
  stage: "SYMPATHIZER",
  exit: {
    fields: [dateField("date"), courseField],
    formFieldCodes: ["COURSE_MISSING"],
    requires: ({ input }) => {
      if (!input.course) return [{ code: "COURSE_MISSING" }];
      return input.course.kind === "AWARENESS" ? [] : [{ code: "COURSE_WRONG_KIND" }];
    },
    records: ({ input }) => (input.courseId ? [{ kind: "enrolment", courseId: input.courseId }] : []),
  },
};
