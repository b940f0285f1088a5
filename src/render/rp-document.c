/* rp-document.c — handouts laid out on A4 pages with Pango
 *
 * The same blocks are paginated for a GtkPrintOperation (on its cairo context)
 * and for a cairo PDF surface in the CLI, so both give the same pages.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "rp-document.h"
#include "rp-util.h"

#define MARGIN 56.0
#define FOOTER 28.0

typedef enum {
  BLOCK_TITLE,
  BLOCK_SUBTITLE,
  BLOCK_HEADING,
  BLOCK_SUBHEADING,
  BLOCK_PARAGRAPH,
  BLOCK_NOTE,
  BLOCK_BULLET,
  BLOCK_NUMBERED,
  BLOCK_TABLE_HEADER,
  BLOCK_ROW,
  BLOCK_DRAWING,
  BLOCK_PAGE_BREAK,
  BLOCK_SPACER,
} BlockType;

typedef struct _Block Block;
struct _Block {
  BlockType      type;
  char          *text;
  guint          number;
  char         **cells;
  guint          n_cols;
  double        *widths;
  Block         *header;     /* a row's table header, repeated on a new page */
  double         height;     /* requested (drawing, spacer) or measured */
  RpDrawFunc     draw;
  gpointer       draw_data;
  GDestroyNotify draw_destroy;
  guint          page;
  double         y;
  gboolean       header_above;
  gboolean       indented;   /* a note under a list item */
};

struct _RpDocument
{
  char          *title;
  char          *footer;
  GPtrArray     *blocks;
  Block         *current_header;
  RpRenderStyle  style;
  guint          n_pages;
  double         page_width;
  double         page_height;
};

static void
block_free (gpointer data)
{
  Block *block = data;

  g_free (block->text);
  g_strfreev (block->cells);
  g_free (block->widths);
  if (block->draw_destroy != NULL)
    block->draw_destroy (block->draw_data);
  g_free (block);
}

RpDocument *
rp_document_new (const char *title,
                 const char *footer)
{
  RpDocument *self = g_new0 (RpDocument, 1);

  self->title = g_strdup (title);
  self->footer = g_strdup (footer);
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  rp_render_style_init_print (&self->style);
  return self;
}

void
rp_document_free (RpDocument *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_free (self->footer);
  g_ptr_array_unref (self->blocks);
  g_free (self);
}


static Block *
add (RpDocument *self,
     BlockType   type,
     const char *text)
{
  Block *block = g_new0 (Block, 1);

  block->type = type;
  block->text = g_strdup (text ? text : "");
  if (type == BLOCK_NOTE && self->blocks->len > 0)
    {
      Block *previous = self->blocks->pdata[self->blocks->len - 1];

      block->indented = previous->type == BLOCK_BULLET || previous->type == BLOCK_NUMBERED || previous->indented;
    }
  g_ptr_array_add (self->blocks, block);
  if (type != BLOCK_ROW)
    self->current_header = type == BLOCK_TABLE_HEADER ? block : NULL;
  return block;
}

void
rp_document_title (RpDocument *self, const char *text)       { add (self, BLOCK_TITLE, text); }
void
rp_document_subtitle (RpDocument *self, const char *text)    { add (self, BLOCK_SUBTITLE, text); }
void
rp_document_heading (RpDocument *self, const char *text)     { add (self, BLOCK_HEADING, text); }
void
rp_document_subheading (RpDocument *self, const char *text)  { add (self, BLOCK_SUBHEADING, text); }
void
rp_document_paragraph (RpDocument *self, const char *text)   { add (self, BLOCK_PARAGRAPH, text); }
void
rp_document_note (RpDocument *self, const char *text)        { add (self, BLOCK_NOTE, text); }
void
rp_document_bullet (RpDocument *self, const char *text)      { add (self, BLOCK_BULLET, text); }
void
rp_document_page_break (RpDocument *self)                    { add (self, BLOCK_PAGE_BREAK, NULL); }

void
rp_document_numbered (RpDocument *self,
                      guint       number,
                      const char *text)
{
  add (self, BLOCK_NUMBERED, text)->number = number;
}


void
rp_document_table (RpDocument        *self,
                   guint              n_cols,
                   const double      *widths,
                   const char *const *header)
{
  Block *block = add (self, BLOCK_TABLE_HEADER, NULL);

  block->n_cols = n_cols;
  block->widths = g_memdup2 (widths, sizeof (double) * n_cols);
  block->cells = g_strdupv ((char **) header);
}

void
rp_document_row (RpDocument        *self,
                 const char *const *cells)
{
  Block *header = self->current_header;
  Block *block;

  g_return_if_fail (header != NULL);
  block = add (self, BLOCK_ROW, NULL);
  block->header = header;
  block->n_cols = header->n_cols;
  block->cells = g_new0 (char *, header->n_cols + 1);
  for (guint i = 0; i < header->n_cols; i++)
    block->cells[i] = g_strdup (cells[i] ? cells[i] : "");
}

void
rp_document_drawing (RpDocument     *self,
                     double          height,
                     RpDrawFunc      draw,
                     gpointer        data,
                     GDestroyNotify  destroy)
{
  Block *block = add (self, BLOCK_DRAWING, NULL);

  block->height = height;
  block->draw = draw;
  block->draw_data = data;
  block->draw_destroy = destroy;
}

/* Measuring and drawing share these */

static double
text_size (BlockType type)
{
  switch (type)
    {
    case BLOCK_TITLE: return 24;
    case BLOCK_SUBTITLE: return 13;
    case BLOCK_HEADING: return 16;
    case BLOCK_SUBHEADING: return 12.5;
    case BLOCK_NOTE: return 9;
    case BLOCK_TABLE_HEADER:
    case BLOCK_ROW: return 9.5;
    case BLOCK_PARAGRAPH:
    case BLOCK_BULLET:
    case BLOCK_NUMBERED:
    case BLOCK_DRAWING:
    case BLOCK_PAGE_BREAK:
    case BLOCK_SPACER:
    default: return 11;
    }
}

static gboolean
is_heading (const Block *block)
{
  return block->type == BLOCK_HEADING || block->type == BLOCK_SUBHEADING || block->type == BLOCK_TABLE_HEADER;
}

static double
space_before (BlockType type)
{
  switch (type)
    {
    case BLOCK_HEADING: return 18;
    case BLOCK_SUBHEADING: return 12;
    case BLOCK_PARAGRAPH: return 6;
    case BLOCK_BULLET:
    case BLOCK_NUMBERED: return 4;
    case BLOCK_TABLE_HEADER: return 10;
    case BLOCK_DRAWING: return 10;
    case BLOCK_SUBTITLE: return 4;
    case BLOCK_NOTE: return 4;
    case BLOCK_TITLE:
    case BLOCK_ROW:
    case BLOCK_PAGE_BREAK:
    case BLOCK_SPACER:
    default: return 0;
    }
}

static PangoLayout *
text_layout (RpDocument *self,
             cairo_t    *cr,
             BlockType   type,
             const char *text,
             double      width)
{
  gboolean bold = type == BLOCK_TITLE || type == BLOCK_HEADING || type == BLOCK_SUBHEADING ||
                  type == BLOCK_TABLE_HEADER;
  PangoLayout *layout = rp_render_layout (cr, &self->style, text_size (type), bold, text);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  return h;
}

static double
indent_of (Block *block)
{
  return block->type == BLOCK_BULLET || block->type == BLOCK_NUMBERED || block->indented ? 18 : 0;
}

static double
row_height (RpDocument *self,
            cairo_t    *cr,
            Block      *block,
            double      width)
{
  double tallest = 0;

  for (guint c = 0; c < block->n_cols; c++)
    {
      double col = width * (block->type == BLOCK_ROW ? block->header->widths[c] : block->widths[c]);
      PangoLayout *layout = text_layout (self, cr, block->type, block->cells[c], col - 8);

      tallest = MAX (tallest, layout_height (layout));
      g_object_unref (layout);
    }
  return tallest + 8;
}

static double
measure (RpDocument *self,
         cairo_t    *cr,
         Block      *block,
         double      width)
{
  switch (block->type)
    {
    case BLOCK_DRAWING:
    case BLOCK_SPACER:
      return block->height;
    case BLOCK_PAGE_BREAK:
      return 0;
    case BLOCK_TABLE_HEADER:
    case BLOCK_ROW:
      return row_height (self, cr, block, width);
    case BLOCK_TITLE:
    case BLOCK_SUBTITLE:
    case BLOCK_HEADING:
    case BLOCK_SUBHEADING:
    case BLOCK_PARAGRAPH:
    case BLOCK_NOTE:
    case BLOCK_BULLET:
    case BLOCK_NUMBERED:
    default:
      {
        PangoLayout *layout = text_layout (self, cr, block->type, block->text, width - indent_of (block));
        double h = layout_height (layout);

        g_object_unref (layout);
        return h;
      }
    }
}

guint
rp_document_paginate (RpDocument *self,
                      cairo_t    *cr,
                      double      page_width,
                      double      page_height)
{
  double width = page_width - 2 * MARGIN;
  double bottom = page_height - MARGIN - FOOTER;
  double y = MARGIN;
  guint page = 0;
  gboolean page_empty = TRUE;

  self->page_width = page_width;
  self->page_height = page_height;
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = self->blocks->pdata[i];
      double before = page_empty ? 0 : space_before (block->type);
      double header = 0;

      if (block->type == BLOCK_PAGE_BREAK)
        {
          if (!page_empty)
            {
              page++;
              y = MARGIN;
              page_empty = TRUE;
            }
          continue;
        }
      block->height = measure (self, cr, block, width);
      /* Keep a heading with what follows it: the headings under it too, and the first
       * block that is not one, so that no heading is left alone at a page's foot. */
      if (is_heading (block))
        for (guint j = i + 1; j < self->blocks->len; j++)
          {
            Block *next = self->blocks->pdata[j];

            if (next->type == BLOCK_PAGE_BREAK)
              break;
            header += space_before (next->type) + measure (self, cr, next, width);
            if (!is_heading (next))
              break;
          }
      if (!page_empty && y + before + block->height + header > bottom)
        {
          page++;
          y = MARGIN;
          before = 0;
          page_empty = TRUE;
        }
      block->header_above = block->type == BLOCK_ROW && page_empty;
      if (block->header_above)
        y += row_height (self, cr, block->header, width);
      block->page = page;
      block->y = y + before;
      y = block->y + block->height;
      page_empty = FALSE;
    }
  self->n_pages = page + 1;
  return self->n_pages;
}

guint
rp_document_get_n_pages (RpDocument *self)
{
  return self->n_pages;
}

static void
draw_row (RpDocument *self,
          cairo_t    *cr,
          Block      *block,
          double      y,
          double      width)
{
  double x = MARGIN;
  double *widths = block->type == BLOCK_ROW ? block->header->widths : block->widths;
  double h = row_height (self, cr, block, width);

  if (block->type == BLOCK_TABLE_HEADER)
    {
      rp_render_set_color_alpha (cr, &self->style.accent, 0.12);
      cairo_rectangle (cr, MARGIN, y, width, h);
      cairo_fill (cr);
    }
  for (guint c = 0; c < block->n_cols; c++)
    {
      double col = width * widths[c];
      PangoLayout *layout = text_layout (self, cr, block->type, block->cells[c], col - 8);

      rp_render_set_color (cr, &self->style.foreground);
      cairo_move_to (cr, x + 4, y + 4);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);
      x += col;
    }
  rp_render_set_color (cr, &self->style.grid);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN, y + h);
  cairo_line_to (cr, MARGIN + width, y + h);
  cairo_stroke (cr);
}

void
rp_document_draw_page (RpDocument *self,
                       cairo_t    *cr,
                       guint       page)
{
  double width = self->page_width - 2 * MARGIN;
  g_autofree char *number = rp_text_printf (_("Page %u of %u"), page + 1, self->n_pages);

  cairo_save (cr);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = self->blocks->pdata[i];

      if (block->page != page || block->type == BLOCK_PAGE_BREAK || block->type == BLOCK_SPACER)
        continue;
      switch (block->type)
        {
        case BLOCK_DRAWING:
          cairo_save (cr);
          cairo_translate (cr, MARGIN, block->y);
          cairo_rectangle (cr, 0, 0, width, block->height);
          cairo_clip (cr);
          block->draw (cr, &self->style, width, block->height, block->draw_data);
          cairo_restore (cr);
          break;
        case BLOCK_TABLE_HEADER:
        case BLOCK_ROW:
          if (block->header_above)
            draw_row (self, cr, block->header, block->y - row_height (self, cr, block->header, width), width);
          draw_row (self, cr, block, block->y, width);
          break;
        case BLOCK_BULLET:
        case BLOCK_NUMBERED:
          {
            g_autofree char *mark = block->type == BLOCK_BULLET ? g_strdup ("•") : g_strdup_printf ("%u.", block->number);

            rp_render_text (cr, &self->style, MARGIN, block->y, 16, text_size (block->type), TRUE,
                            &self->style.accent, PANGO_ALIGN_LEFT, mark);
          }
          G_GNUC_FALLTHROUGH;
        case BLOCK_TITLE:
        case BLOCK_SUBTITLE:
        case BLOCK_HEADING:
        case BLOCK_SUBHEADING:
        case BLOCK_PARAGRAPH:
        case BLOCK_NOTE:
        case BLOCK_PAGE_BREAK:
        case BLOCK_SPACER:
        default:
          {
            PangoLayout *layout = text_layout (self, cr, block->type, block->text, width - indent_of (block));

            rp_render_set_color (cr, block->type == BLOCK_NOTE || block->type == BLOCK_SUBTITLE
                                     ? &self->style.muted
                                     : block->type == BLOCK_HEADING ? &self->style.accent : &self->style.foreground);
            cairo_move_to (cr, MARGIN + indent_of (block), block->y);
            pango_cairo_show_layout (cr, layout);
            g_object_unref (layout);
            break;
          }
        }
    }

  /* Footer: the document and the page */
  rp_render_set_color (cr, &self->style.grid);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN, self->page_height - MARGIN - FOOTER + 10);
  cairo_line_to (cr, self->page_width - MARGIN, self->page_height - MARGIN - FOOTER + 10);
  cairo_stroke (cr);
  rp_render_text (cr, &self->style, MARGIN, self->page_height - MARGIN - FOOTER + 14, width * 0.7, 8.5, FALSE,
                  &self->style.muted, PANGO_ALIGN_LEFT, self->footer ? self->footer : self->title);
  rp_render_text (cr, &self->style, MARGIN + width * 0.7, self->page_height - MARGIN - FOOTER + 14, width * 0.3,
                  8.5, FALSE, &self->style.muted, PANGO_ALIGN_RIGHT, number);
  cairo_restore (cr);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Drawn in memory and then written in one step, so a failed write leaves any
 * earlier file of that name as it was. */
gboolean
rp_document_write_pdf (RpDocument  *self,
                       const char  *path,
                       GError     **error)
{
  const double width = 595.276, height = 841.89;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
  cairo_t *cr;
  cairo_status_t status;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Rapport " PACKAGE_VERSION);
  cr = cairo_create (surface);
  rp_document_paginate (self, cr, width, height);
  for (guint p = 0; p < self->n_pages; p++)
    {
      rp_document_draw_page (self, cr, p);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot draw “%s”: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return rp_write_file (path, (const char *) bytes->data, bytes->len, error);
}
