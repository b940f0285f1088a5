/* rp-cli-test.c — running rapport-cli from the tests */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "rp-cli-test.h"

int
rp_cli_run (const char *const *args,
            const char *const *env_extra,
            char              **out,
            char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("RAPPORT_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  env = g_environ_unsetenv (env, "RAPPORT_WORKSPACE");
  for (guint i = 0; env_extra != NULL && env_extra[i] != NULL; i += 2)
    env = g_environ_setenv (env, env_extra[i], env_extra[i + 1], TRUE);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                               &stdout_text, &stderr_text, &status, &error));
  g_assert_no_error (error);
  if (out != NULL)
    *out = g_steal_pointer (&stdout_text);
  if (err != NULL)
    *err = g_steal_pointer (&stderr_text);
  return WIFEXITED (status) ? WEXITSTATUS (status) : 128 + WTERMSIG (status);
}

/* A message on stderr is one line that says which command failed. */
void
rp_cli_assert_one_line (const char *err,
                        const char *command)
{
  g_autofree char *prefix = g_strdup_printf ("rapport-cli %s: ", command);

  g_assert_true (g_str_has_prefix (err, prefix));
  g_assert_true (g_str_has_suffix (err, "\n"));
  g_assert_true (strchr (err, '\n') == err + strlen (err) - 1);
}

