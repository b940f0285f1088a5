/* rp-ack-group.h — who acknowledged a philosophy, framework or plan, and who has not */
#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_ACK_GROUP (rp_ack_group_get_type ())
G_DECLARE_FINAL_TYPE (RpAckGroup, rp_ack_group, RP, ACK_GROUP, AdwBin)

GtkWidget *rp_ack_group_new        (void);
void       rp_ack_group_bind       (RpAckGroup *self,
                                    RpStore    *store,
                                    RpRecord   *subject);
guint      rp_ack_group_get_n_rows (RpAckGroup *self);
GtkWidget *rp_ack_group_acknowledge_dialog (RpAckGroup *self);

G_END_DECLS
