/* rp-cli.h — what the commands of rapport-cli share */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "rp-store.h"

G_BEGIN_DECLS

typedef struct {
  char    *workspace;  /* --workspace, $RAPPORT_WORKSPACE, or the default */
  RpStore *store;
  char    *command;
} RpCli;

typedef enum {
  RP_CLI_FORMAT_TEXT,
  RP_CLI_FORMAT_JSON,
  RP_CLI_FORMAT_CSV,
} RpCliFormat;

/* Exit codes */
#define RP_CLI_OK      0
#define RP_CLI_FAILED  1
#define RP_CLI_USAGE   2

typedef int (*RpCliRun) (RpCli  *cli,
                         int     argc,
                         char  **argv);

RpStore  *rp_cli_open_store   (RpCli            *cli,
                               RpStoreOpenFlags  flags);
int       rp_cli_fail         (RpCli            *cli,
                               const char       *format,
                               ...) G_GNUC_PRINTF (2, 3);
int       rp_cli_fail_error   (RpCli            *cli,
                               GError           *error);
int       rp_cli_usage        (RpCli            *cli,
                               GOptionContext   *context,
                               const char       *message);
gboolean  rp_cli_parse        (RpCli            *cli,
                               GOptionContext   *context,
                               int              *argc,
                               char           ***argv,
                               int              *status);
gboolean  rp_cli_parse_format (RpCli            *cli,
                               const char       *text,
                               gboolean          allow_csv,
                               RpCliFormat      *format,
                               int              *status);
void      rp_cli_print_json   (JsonNode         *node);
void      rp_cli_finish_list  (JsonBuilder      *builder,
                               RpCliFormat       format);
void      rp_cli_json_string  (JsonBuilder      *builder,
                               const char       *name,
                               const char       *value);
void      rp_cli_json_number  (JsonBuilder      *builder,
                               const char       *name,
                               double            value,
                               int               decimals);
char     *rp_cli_format_number (double           value,
                               int               decimals);
char     *rp_cli_pad          (const char       *text,
                               int               width);

/* Commands */
int rp_cli_init        (RpCli *cli, int argc, char **argv);
int rp_cli_demo        (RpCli *cli, int argc, char **argv);
int rp_cli_info        (RpCli *cli, int argc, char **argv);
int rp_cli_check       (RpCli *cli, int argc, char **argv);
int rp_cli_backup      (RpCli *cli, int argc, char **argv);
int rp_cli_restore     (RpCli *cli, int argc, char **argv);
int rp_cli_export      (RpCli *cli, int argc, char **argv);
int rp_cli_validate    (RpCli *cli, int argc, char **argv);
int rp_cli_import      (RpCli *cli, int argc, char **argv);
int rp_cli_bundle_schema (RpCli *cli, int argc, char **argv);
int rp_cli_scorecard   (RpCli *cli, int argc, char **argv);
int rp_cli_figures     (RpCli *cli, int argc, char **argv);
int rp_cli_trace       (RpCli *cli, int argc, char **argv);
int rp_cli_acknowledge (RpCli *cli, int argc, char **argv);
int rp_cli_acknowledgements (RpCli *cli, int argc, char **argv, RpKindId kind);
int rp_cli_philosophy  (RpCli *cli, int argc, char **argv);
int rp_cli_framework   (RpCli *cli, int argc, char **argv);
int rp_cli_proposal    (RpCli *cli, int argc, char **argv);
int rp_cli_evaluation  (RpCli *cli, int argc, char **argv);
int rp_cli_plan        (RpCli *cli, int argc, char **argv);
int rp_cli_journal     (RpCli *cli, int argc, char **argv);

G_END_DECLS
