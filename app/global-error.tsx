"use client";

import { useEffect } from "react";
import "./globals.css";

/**
 * The last resort, when the root layout itself failed (the database unreachable while reading the
 * session, the message files…): it replaces the whole document, so neither the translations'
 * provider nor the layout is there. The texts are therefore written here in both languages,
 * Vietnamese first, rather than read from lib/i18n (which may be what failed).
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang="vi">
      <body className="min-h-screen font-sans">
        <title>Đã có lỗi xảy ra · Something went wrong</title>
        <main className="mx-auto flex max-w-md flex-col items-start gap-3 px-4 py-16" role="alert" data-testid="global-error">
          <h1 className="text-xl font-semibold">Đã có lỗi xảy ra</h1>
          <p className="text-stone-600">Hệ thống tạm thời không xử lý được yêu cầu. Vui lòng thử lại sau ít phút.</p>
          <p className="text-sm text-stone-500" lang="en">
            Something went wrong. Please try again in a few minutes.
          </p>
          {digest ? (
            <p className="text-sm text-stone-500">
              Mã sự cố / Incident id: <code>{digest}</code>
            </p>
          ) : null}
          <button
            type="button"
            onClick={() => retry()}
            className="inline-flex min-h-10 items-center justify-center rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800"
          >
            Thử lại · Try again
          </button>
        </main>
      </body>
    </html>
  );
}
