/* rp-cli-test.h — running rapport-cli from the tests */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int  rp_cli_run             (const char *const *args,
                             const char *const *env_extra,
                             char              **out,
                             char              **err);
void rp_cli_assert_one_line (const char        *err,
                             const char        *command);

G_END_DECLS
