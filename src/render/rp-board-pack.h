/* rp-board-pack.h — the board pack as a document to print or save as PDF */
#pragma once

#include "rp-board.h"
#include "rp-document.h"

G_BEGIN_DECLS

RpDocument *rp_handout_board_pack (RpStore     *store,
                                   RpBoardPack *pack);

G_END_DECLS
