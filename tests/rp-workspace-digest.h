/* rp-workspace-digest.h — a fingerprint of every row of a workspace, to prove nothing changed */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *rp_workspace_digest (const char *path);

G_END_DECLS
