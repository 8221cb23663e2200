import { useRef, useState, useTransition, type BaseSyntheticEvent } from "react";
import { unstable_rethrow, useRouter } from "next/navigation";
import { get, useForm, type DefaultValues, type FieldError, type FieldPath, type FieldValues, type Resolver, type UseFormReturn } from "react-hook-form";
import { toNestErrors } from "@hookform/resolvers";
import type { z } from "zod";
import type { ActionResult } from "@/lib/api/action-result";
import type { ErrorDetail } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import { translateValidation } from "@/lib/i18n/translate-validation";
import { useTranslate } from "@/lib/i18n/use-translate";
import { fieldIssues } from "@/lib/validation/messages";

/*
 * The one way to write a form here (holiday-add-form.tsx is the short example, test-results-form.tsx
 * one whose fields come from a list):
 *
 *   const { form, onSubmit, pending, formError, notice, errorOf, fieldProps } = useActionForm({
 *     schema: ZHolidayCreate,       // the shared zod schema of lib/validation (optional)
 *     action: addHolidayAction,     // a server action answering ActionResult
 *     notice: t("holidays.added"),  // shown after a success; the page's server data is then refreshed
 *   });
 *   <form onSubmit={onSubmit} noValidate>
 *     <Field id="date" label={…} error={errorOf("date")}><input {...form.register("date")} {...fieldProps("date")} /></Field>
 *
 * The browser checks the body with the schema the server parses it with, so both sides show the
 * same messages; whatever the server still refuses comes back as ActionResult details, each put on
 * its field (`details[].path`, through setError) or, when the form has no such field, into the
 * form-level message, which otherwise sums the failure up (`errors.<messageKey>`).
 */

export type ActionFailure = Extract<ActionResult<unknown>, { ok: false }>;

/** What to do with a successful answer. */
export interface SuccessOptions<TData> {
  /** A notice to show (already translated), or one built from the answer; null shows nothing. */
  notice?: string | null | ((data: TData) => string | null);
  /** Runs before the page's data is refreshed: navigate, keep the answer's lines… */
  onSuccess?: (data: TData) => void | Promise<void>;
}

export interface ActionOptions {
  /** Refreshes the page's server data after a success (default true). */
  refresh?: boolean;
  /** Which error paths have a field on the form; the details of the others make the form-level message. Default: none. */
  isField?: (path: string) => boolean;
  /** Puts one detail on its field (the form hook uses react-hook-form's setError). */
  setFieldError?: (path: string, message: string) => void;
  /** The form-level message when fields are marked and nothing else is wrong (default "form.fixErrors"; null: none). */
  invalidMessage?: string | null;
  /** The form-level message of a failure without details (default: the `errors.<messageKey>` sentence). */
  failureMessage?: (failure: ActionFailure, t: Translate) => string;
}

/**
 * The form-level message once fields are marked: the problems without a field, else "fix the marked
 * fields" (or `invalidMessage`); `summary` when nothing at all was said about the fields.
 */
function formLevelMessage(formDetails: ErrorDetail[], markedFields: number, t: Translate, options: ActionOptions, summary: () => string | null): string | null {
  if (formDetails.length) return formDetails.map((d) => translateValidation(t, d.message)).join(" ");
  if (markedFields > 0) return options.invalidMessage === undefined ? t("form.fixErrors") : options.invalidMessage;
  return summary();
}

/**
 * Runs server actions for a component without fields of its own (buttons such as "approve", "lock"):
 * pending state, the success notice, a refresh of the page's data, and the failure as one translated
 * message. `useActionForm` builds on it.
 */
export function useAction(options: ActionOptions = {}) {
  const t = useTranslate();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [refreshing, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const clear = () => {
    setFormError(null);
    setNotice(null);
  };

  /** Calls the action and shows its answer; resolves with the answer for callers that need more. */
  async function run<TData>(work: () => Promise<ActionResult<TData>>, then: SuccessOptions<TData> = {}): Promise<ActionResult<TData>> {
    clear();
    setBusy(true);
    try {
      let result: ActionResult<TData>;
      try {
        result = await work();
      } catch (error) {
        // A redirect or notFound() from the action is Next's to handle.
        unstable_rethrow(error);
        // The action never answered (connection lost, server restarting): say so instead of failing silently.
        console.error(error);
        setFormError(t("errors.NETWORK"));
        return { ok: false, code: "INTERNAL", messageKey: "NETWORK", details: [] };
      }
      if (result.ok) {
        setNotice(typeof then.notice === "function" ? then.notice(result.data) : (then.notice ?? null));
        await then.onSuccess?.(result.data);
        if (options.refresh ?? true) startTransition(() => router.refresh());
        return result;
      }
      const isField = options.isField ?? (() => false);
      const formDetails: ErrorDetail[] = [];
      let marked = 0;
      for (const detail of result.details) {
        if (detail.path && isField(detail.path) && options.setFieldError) {
          options.setFieldError(detail.path, detail.message);
          marked += 1;
        } else formDetails.push(detail);
      }
      setFormError(
        formLevelMessage(formDetails, marked, t, options, () =>
          options.failureMessage ? options.failureMessage(result, t) : t(`errors.${result.messageKey}`, { eventId: result.eventId ?? "" }),
        ),
      );
      return result;
    } finally {
      setBusy(false);
    }
  }

  return { run, pending: busy || refreshing, formError, notice, setFormError, clear };
}

export interface ActionFormOptions<TFieldValues extends FieldValues, TData> extends SuccessOptions<TData>, Omit<ActionOptions, "setFieldError" | "isField"> {
  /** The shared zod schema (lib/validation) of the action's body: checked in the browser before sending. Without one, the server checks alone. */
  schema?: z.ZodType;
  /** Form values → the action's body (rows gathered from `outcome.<id>` fields, a number from text…). Default: the values as they are. */
  toBody?: (values: TFieldValues) => unknown;
  /**
   * Sends the body: usually a server action, or a closure binding an id. It gets the body the schema
   * accepted, not the schema's output: the server parses the same input again, and a parse is not
   * always idempotent (a period "2025" comes out as an object).
   */
  action: (body: unknown) => Promise<ActionResult<TData>>;
  defaultValues?: DefaultValues<TFieldValues>;
  /**
   * Which error paths (the body's, as the schema and the server name them) are shown beside a
   * field; the others join the form-level message. Default: the paths the form holds a value at,
   * i.e. fields named like the body.
   */
  isField?: (path: string) => boolean;
  /** Empties the fields after a success (default false). */
  resetOnSuccess?: boolean;
}

/**
 * A react-hook-form form that submits through a server action (see the comment at the top of this
 * file). Field names may be dotted (`outcome.<id>`, `introducers.0.name`): react-hook-form nests
 * them, so a form whose fields come from a list needs no state of its own.
 */
export function useActionForm<TFieldValues extends FieldValues = FieldValues, TData = unknown>(options: ActionFormOptions<TFieldValues, TData>) {
  const t = useTranslate();
  // The schema's last complaints, so that those without a field reach the form-level message.
  const lastIssues = useRef<ErrorDetail[]>([]);
  const toBody = options.toBody ?? ((values: TFieldValues) => values);
  const { schema } = options;
  // The shared schema as react-hook-form's resolver, with the messages the server would give
  // (fieldIssues is what the server's parseOrThrow reports with).
  const resolver: Resolver<TFieldValues> = (values, _context, resolverOptions) => {
    const parsed = schema?.safeParse(toBody(values));
    lastIssues.current = !parsed || parsed.success ? [] : fieldIssues(parsed.error);
    if (!lastIssues.current.length) return { values, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of lastIssues.current) errors[issue.path] ??= { type: "schema", message: issue.message };
    return { values: {}, errors: toNestErrors(errors, resolverOptions) };
  };
  const form: UseFormReturn<TFieldValues> = useForm<TFieldValues>({ resolver, defaultValues: options.defaultValues });
  const { errors } = form.formState;

  const isField = (path: string): path is FieldPath<TFieldValues> =>
    options.isField ? options.isField(path) : path !== "" && get(form.getValues(), path) !== undefined;
  const action = useAction({
    refresh: options.refresh,
    invalidMessage: options.invalidMessage,
    failureMessage: options.failureMessage,
    isField,
    setFieldError: (path, message) => {
      if (isField(path)) form.setError(path, { type: "server", message });
    },
  });

  const onSubmit = async (event?: BaseSyntheticEvent) => {
    action.clear();
    let saved = false;
    await form.handleSubmit(
      async (values) => {
        saved = (await action.run(() => options.action(toBody(values)), options)).ok;
      },
      () => {
        const formDetails = lastIssues.current.filter((issue) => !isField(issue.path));
        action.setFormError(formLevelMessage(formDetails, lastIssues.current.length - formDetails.length, t, options, () => null));
      },
    )(event);
    if (saved && options.resetOnSuccess) form.reset();
  };

  /** The translated message of the first of these paths that has an error. */
  const errorOf = (...paths: string[]): string | undefined => {
    for (const path of paths) {
      const error: FieldError | undefined = get(errors, path);
      if (typeof error?.message === "string" && error.message) return translateValidation(t, error.message);
    }
    return undefined;
  };

  /** The id and error links of a control (Field renders the message as `${id}-error`). */
  const fieldProps = (path: string, id: string = path) => {
    const invalid = errorOf(path) !== undefined;
    return { id, "aria-invalid": invalid || undefined, "aria-describedby": invalid ? `${id}-error` : undefined };
  };

  return {
    form,
    onSubmit,
    pending: action.pending || form.formState.isSubmitting,
    formError: action.formError,
    notice: action.notice,
    errorOf,
    fieldProps,
    /** Runs another action (a second button) with the same messages and pending state. */
    run: action.run,
  };
}
