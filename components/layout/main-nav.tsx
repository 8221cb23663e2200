"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { IntentLink } from "@/components/ui/intent-link";
import { LocaleSwitcher } from "./locale-switcher";
import { SignOutButton } from "./sign-out-button";

export interface NavGroup {
  label: string;
  links: { href: string; label: string }[];
}

export interface SignedInPerson {
  name: string;
  role: string;
  unit: string;
}

const isCurrent = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

/** Closes a popup on Escape and on a click outside `ref`; the caller decides what "close" means. */
function useDismiss(open: boolean, close: () => void, ref: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && close();
    const onClick = (e: MouseEvent) => ref.current && !ref.current.contains(e.target as Node) && close();
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
  }, [open, close, ref]);
}

const LINK =
  "flex min-h-11 items-center rounded-md px-3 font-semibold text-stone-700 hover:bg-stone-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800";

/**
 * The sections, grouped. A phone gets a "Menu" button that opens every section and who is signed in
 * (no row scrolling sideways out of sight); a laptop sees the daily sections in a row, with the
 * system-keeping ones behind the last group's button.
 */
export function MainNav({ brand, groups, person }: { brand: ReactNode; groups: NavGroup[]; person: SignedInPerson }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const [menuOpen, setMenuOpen] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  const menuId = useId();
  const moreId = useId();
  const phoneRef = useRef<HTMLDivElement>(null);
  const moreRef = useRef<HTMLDivElement>(null);
  const closeMenu = () => setMenuOpen(false);
  const closeMore = () => setMoreOpen(false);
  useDismiss(menuOpen, closeMenu, phoneRef);
  useDismiss(moreOpen, closeMore, moreRef);
  // A followed link closes whatever menu it was in.
  const closeAll = () => {
    setMenuOpen(false);
    setMoreOpen(false);
  };

  // The same links in three places (phone panel, laptop row, laptop drop-down), sized for each.
  const items = (links: NavGroup["links"], size: string) =>
    links.map((link) => (
      <li key={link.href}>
        <IntentLink href={link.href} onClick={closeAll} aria-current={isCurrent(pathname, link.href) ? "page" : undefined} className={`${LINK} ${size}`}>
          {link.label}
        </IntentLink>
      </li>
    ));

  const inline = groups.slice(0, -1);
  const tucked = groups.at(-1);
  const whoLine = `${person.name} · ${person.role} · ${person.unit}`;
  const account = (testIdSuffix: string) => (
    <>
      <LocaleSwitcher testIdSuffix={testIdSuffix} />
      <IntentLink
        href="/account/password"
        className="flex min-h-11 items-center rounded-md px-3 text-sm font-semibold whitespace-nowrap text-stone-700 hover:bg-stone-100 lg:min-h-9"
      >
        {t("changePassword")}
      </IntentLink>
      <SignOutButton />
    </>
  );

  return (
    <div ref={phoneRef}>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-1.5">
        {brand}
        <div className="hidden items-center gap-2 lg:flex">
          <span className="text-xs text-stone-600" data-testid="signed-in-as">
            {whoLine}
          </span>
          {account("")}
        </div>
        <button
          type="button"
          className="flex min-h-11 min-w-11 items-center gap-2 rounded-md border border-stone-300 px-3 text-sm font-semibold text-stone-800 lg:hidden"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          data-testid="menu-button"
          onClick={(e) => {
            e.stopPropagation();
            setMenuOpen((open) => !open);
          }}
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5">
            {menuOpen ? (
              <path d="M5.3 4.3a1 1 0 0 1 1.4 0L10 7.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 9l3.3 3.3a1 1 0 0 1-1.4 1.4L10 10.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 9 5.3 5.7a1 1 0 0 1 0-1.4Z" />
            ) : (
              <path d="M3 5a1 1 0 0 1 1-1h12a1 1 0 1 1 0 2H4a1 1 0 0 1-1-1Zm0 5a1 1 0 0 1 1-1h12a1 1 0 1 1 0 2H4a1 1 0 0 1-1-1Zm1 4a1 1 0 1 0 0 2h12a1 1 0 1 0 0-2H4Z" />
            )}
          </svg>
          {t("menu")}
        </button>
      </div>

      {/* Phone and tablet: everything in one panel, the person first. */}
      <nav id={menuId} aria-label={t("mainMenu")} hidden={!menuOpen} className="border-t border-stone-200 px-4 pb-4 lg:hidden" data-testid="phone-menu">
        <div className="my-3 rounded-md bg-stone-100 px-3 py-2 text-sm" data-testid="phone-signed-in-as">
          <p className="font-semibold text-stone-900">{person.name}</p>
          <p className="text-stone-700">
            {person.role} · {person.unit}
          </p>
        </div>
        {groups.map((group) => (
          <section key={group.label} aria-label={group.label} className="mb-2">
            <h2 className="px-3 pt-2 pb-1 text-xs font-semibold tracking-wide text-stone-600 uppercase">{group.label}</h2>
            <ul className="grid grid-cols-2 gap-x-2">{items(group.links, "text-sm")}</ul>
          </section>
        ))}
        <div className="mt-3 flex flex-wrap items-center gap-2 border-t border-stone-200 pt-3">{account("-menu")}</div>
      </nav>

      {/* Laptop: the daily groups in a row, system keeping behind its own button. */}
      <nav aria-label={t("mainMenu")} className="mx-auto hidden max-w-6xl items-center gap-1 px-2 pb-2 text-sm lg:flex">
        {inline.map((group, i) => (
          <ul key={group.label} aria-label={group.label} className={`flex items-center gap-1 ${i > 0 ? "border-l border-stone-200 pl-1" : ""}`}>
            {items(group.links, "min-h-9 whitespace-nowrap")}
          </ul>
        ))}
        {tucked ? (
          <div ref={moreRef} className="relative border-l border-stone-200 pl-1">
            <button
              type="button"
              aria-expanded={moreOpen}
              aria-controls={moreId}
              onClick={() => setMoreOpen((open) => !open)}
              className={`${LINK} min-h-9 gap-1 ${tucked.links.some((l) => isCurrent(pathname, l.href)) ? "bg-brand-50 text-brand-800" : ""}`}
            >
              {tucked.label}
              <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
                <path d="M5.2 7.2a.75.75 0 0 1 1.06 0L10 10.94l3.74-3.74a.75.75 0 1 1 1.06 1.06l-4.27 4.27a.75.75 0 0 1-1.06 0L5.2 8.26a.75.75 0 0 1 0-1.06Z" />
              </svg>
            </button>
            <ul id={moreId} hidden={!moreOpen} className="absolute right-0 z-20 mt-1 min-w-48 rounded-md border border-stone-200 bg-white p-1 shadow-lg">
              {items(tucked.links, "min-h-10 whitespace-nowrap")}
            </ul>
          </div>
        ) : null}
      </nav>
    </div>
  );
}
