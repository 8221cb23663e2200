/**
 * A form's answer beside its button: the failure as an alert, otherwise the success notice as a
 * status line. Nothing while there is neither.
 */
export function FormMessage({
  error,
  notice,
  className = "text-sm",
  testId,
}: {
  error: string | null;
  notice: string | null;
  className?: string;
  testId?: string;
}) {
  const message = error ?? notice;
  if (!message) return null;
  return (
    <p className={className} role={error ? "alert" : "status"} aria-live="polite" data-testid={testId}>
      {message}
    </p>
  );
}
