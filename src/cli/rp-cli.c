/* rp-cli.c — helpers shared by the commands */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "rp-cli.h"
#include "rp-util.h"

RpStore *
rp_cli_open_store (RpCli            *cli,
                   RpStoreOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;

  if (cli->store != NULL)
    return cli->store;
  cli->store = rp_store_open (cli->workspace, flags, &error);
  if (cli->store == NULL)
    {
      rp_cli_fail_error (cli, error);
      return NULL;
    }
  if (g_getenv ("RAPPORT_USER") != NULL)
    rp_store_set_user (cli->store, g_getenv ("RAPPORT_USER"));
  return cli->store;
}

static char *
one_line (const char *text)
{
  char *line = g_strdup (text);

  return g_strdelimit (line, "\n\r", ' ');
}

int
rp_cli_fail (RpCli      *cli,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  line = one_line (message);
  fprintf (stderr, "rapport-cli %s: %s\n", cli->command ? cli->command : "", line);
  return RP_CLI_FAILED;
}

int
rp_cli_fail_error (RpCli  *cli,
                   GError *error)
{
  return rp_cli_fail (cli, "%s", error->message);
}

int
rp_cli_usage (RpCli          *cli,
              GOptionContext *context,
              const char     *message)
{
  fprintf (stderr, "rapport-cli %s: %s\n", cli->command, message);
  fprintf (stderr, _("Try “rapport-cli %s --help”.\n"), cli->command);
  return RP_CLI_USAGE;
}

gboolean
rp_cli_parse (RpCli            *cli,
              GOptionContext   *context,
              int              *argc,
              char           ***argv,
              int              *status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = g_strdup_printf ("rapport-cli %s", cli->command);

  g_set_prgname (prgname);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = rp_cli_usage (cli, context, error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
rp_cli_parse_format (RpCli       *cli,
                     const char  *text,
                     gboolean     allow_csv,
                     RpCliFormat *format,
                     int         *status)
{
  if (text == NULL || g_str_equal (text, "text"))
    *format = RP_CLI_FORMAT_TEXT;
  else if (g_str_equal (text, "json"))
    *format = RP_CLI_FORMAT_JSON;
  else if (allow_csv && g_str_equal (text, "csv"))
    *format = RP_CLI_FORMAT_CSV;
  else
    {
      g_autofree char *message = g_strdup_printf (allow_csv
                                                  ? _("unknown format “%s”: use text, json or csv")
                                                  : _("unknown format “%s”: use text or json"), text);
      *status = rp_cli_usage (cli, NULL, message);
      return FALSE;
    }
  return TRUE;
}

void
rp_cli_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}

char *
rp_cli_format_number (double value,
                      int    decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return g_strdup ("—");
  return g_strdup (g_ascii_formatd (buf, sizeof buf, decimals == 0 ? "%.0f" : decimals == 1 ? "%.1f" : "%.2f", value));
}

/* Pads to @width characters (not bytes): negative widths align right. */
char *
rp_cli_pad (const char *text,
            int         width)
{
  g_autofree char *clean = rp_text_strip_bidi (text ? text : "—");
  g_autofree char *line = rp_text_one_line (clean, ABS (width));
  glong n = g_utf8_strlen (line, -1);
  GString *out = g_string_new (NULL);

  if (width < 0)
    for (glong i = n; i < -width; i++)
      g_string_append_c (out, ' ');
  /* A column of a table stands isolated: a name written right to left cannot pull the
   * columns beside it into its direction. */
  g_string_append (out, "\u2068");
  g_string_append (out, line);
  g_string_append (out, "\u2069");
  if (width > 0)
    for (glong i = n; i < width; i++)
      g_string_append_c (out, ' ');
  return g_string_free (out, FALSE);
}

/* Closes the array a list command built; prints it when JSON was asked for (the text
 * form was printed line by line as it went). */
void
rp_cli_finish_list (JsonBuilder *builder,
                    RpCliFormat  format)
{
  json_builder_end_array (builder);
  if (format == RP_CLI_FORMAT_JSON)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);

      rp_cli_print_json (root);
    }
}

/* A member that is null when there is no value. */
void
rp_cli_json_string (JsonBuilder *builder,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* A number rounded to @decimals places; null when there is none (NAN). */
void
rp_cli_json_number (JsonBuilder *builder,
                    const char  *name,
                    double       value,
                    int          decimals)
{
  json_builder_set_member_name (builder, name);
  if (isnan (value))
    json_builder_add_null_value (builder);
  else
    {
      double scale = pow (10, decimals);

      json_builder_add_double_value (builder, round (value * scale) / scale);
    }
}
