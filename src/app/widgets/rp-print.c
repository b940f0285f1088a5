/* rp-print.c — the print dialog and "Save as PDF" share the render layer's pages with the CLI */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-print.h"
#include "rp-util.h"
#include "rp-ui.h"

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                RpDocument        *document)
{
  guint n = rp_document_paginate (document, gtk_print_context_get_cairo_context (context),
                                  gtk_print_context_get_width (context), gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, (int) n);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              RpDocument        *document)
{
  rp_document_draw_page (document, gtk_print_context_get_cairo_context (context), (guint) page);
}

/* Takes @document. Pages are laid out on the printer's own context, so they fit its paper. */
void
rp_print_document (GtkWidget  *parent,
                   RpDocument *document)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (parent);

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), document);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), document);
  g_object_set_data_full (G_OBJECT (operation), "rp-document", document, (GDestroyNotify) rp_document_free);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    rp_ui_show_error (parent, _("Could Not Print"), error);
}

typedef struct {
  RpSaveFunc     save;
  gpointer       data;
  GDestroyNotify destroy;
  char          *error_heading;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  if (job->destroy != NULL)
    job->destroy (job->data);
  g_free (job->error_heading);
  g_free (job);
}

static void
file_chosen_cb (GtkNativeDialog *chooser,
                int              response,
                GtkWidget       *parent)
{
  SaveJob *job = g_object_get_data (G_OBJECT (chooser), "rp-job");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL && (path = g_file_get_path (file)) != NULL)
    {
      if (job->save (path, job->data, &error))
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *text = rp_text_printf (_("Saved %s"), name);

          rp_ui_toast (parent, text);
        }
      else
        rp_ui_show_error (parent, job->error_heading, error);
    }
  g_object_unref (chooser);
  g_object_unref (parent);
}

/* Asks where to save, then calls @save with the path; @destroy frees @data afterwards. */
void
rp_save_file (GtkWidget      *parent,
               const char     *title,
               const char     *suggested_name,
               const char     *filter_name,
               const char     *pattern,
               const char     *error_heading,
               RpSaveFunc      save,
               gpointer        data,
               GDestroyNotify  destroy)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();
  SaveJob *job = g_new0 (SaveJob, 1);

  job->save = save;
  job->data = data;
  job->destroy = destroy;
  job->error_heading = g_strdup (error_heading);
  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  g_object_set_data_full (G_OBJECT (chooser), "rp-job", job, (GDestroyNotify) save_job_free);
  /* The page may go away while the dialog is open; the toast still needs a widget. */
  g_signal_connect (chooser, "response", G_CALLBACK (file_chosen_cb), g_object_ref (parent));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
write_pdf (const char  *path,
           gpointer     data,
           GError     **error)
{
  return rp_document_write_pdf (data, path, error);
}

/* Takes @document. */
void
rp_save_document_pdf (GtkWidget  *parent,
                      RpDocument *document,
                      const char *suggested_name)
{
  rp_save_file (parent, _("Save as PDF"), suggested_name, _("PDF documents"), "*.pdf", _("Could Not Save the PDF"),
                write_pdf, document, (GDestroyNotify) rp_document_free);
}
