/* fuzz-bundle.c — libFuzzer target: the bundle reader and the preview on any input
 *
 * Build and run with build-aux/fuzz-bundle.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>

#include "rp-bundle.h"
#include "rp-sample.h"

static RpStore *store;

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *dir = g_dir_make_tmp ("rapport-fuzz-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "fuzz.rapport-db", NULL);

  /* A workspace to preview against: the sample, so references and natural keys can meet. */
  store = rp_store_open (path, RP_STORE_OPEN_CREATE | RP_STORE_OPEN_NO_DAILY_BACKUP, NULL);
  g_assert (store != NULL);
  g_assert (rp_sample_fill (store, NULL));
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(RpBundle) bundle = rp_bundle_load_data ((const char *) data, size, &problems, &error);
  g_autoptr(RpBundlePreview) preview = NULL;
  g_autofree char *description = NULL;
  g_autofree char *summary = NULL;

  if (bundle == NULL)
    {
      g_assert (error != NULL && error->message[0] != '\0');
      return 0;
    }
  description = rp_bundle_describe (bundle);
  preview = rp_bundle_preview (bundle, store, &error);
  g_assert (preview != NULL);
  rp_bundle_preview_resolve_all (preview, RP_RESOLVE_THEIRS);
  summary = rp_bundle_preview_summary (preview);
  for (guint i = 0; i < MIN (rp_bundle_preview_get_n_items (preview), 16); i++)
    {
      g_autoptr(RpRecord) theirs = rp_bundle_preview_dup_theirs (preview, i);
      g_autoptr(RpRecord) mine = rp_bundle_preview_dup_mine (preview, i);

      g_assert (theirs != NULL);
      g_assert (rp_record_validate (theirs, NULL));
    }
  return 0;
}
