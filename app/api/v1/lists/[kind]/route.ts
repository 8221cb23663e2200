import { apiRoute, searchParamsObject, notAllowed } from "@/lib/api/handler";
import { fileResponse } from "@/lib/api/file-response";
import { LIST_KINDS, type ListKind } from "@/lib/domain/print/lists";
import { notFound } from "@/lib/errors";
import { listFile } from "@/lib/services/paperwork/files";

/** /lists/{roster|proposals|ceremony|conversion-due}?classId=&unitId=&month=&format=xlsx — an organizer's list as Excel, the same rows as its print view. */
export const GET = apiRoute<{ kind: string }>(async ({ req, actor, params }) => {
  if (!(LIST_KINDS as readonly string[]).includes(params.kind)) throw notFound();
  return fileResponse(await listFile({ actor, kind: params.kind as ListKind, input: searchParamsObject(req) }));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowed("GET");
