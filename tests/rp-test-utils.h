/* rp-test-utils.h — temporary folders and set-up shared by the test suites */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char *path;
} RpTestDir;

RpTestDir *rp_test_dir_new   (void);
char      *rp_test_dir_path  (RpTestDir  *dir,
                              const char *name);
void       rp_test_dir_free  (RpTestDir  *dir);
void       rp_test_init      (int        *argc,
                              char     ***argv);
void       rp_test_init_ui   (int        *argc,
                              char     ***argv);
char      *rp_test_read_file (const char *path,
                              gsize      *length);
void       rp_test_write_version4 (const char *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpTestDir, rp_test_dir_free)

G_END_DECLS
