package org.civiclimate.assembly.attendance;

import java.util.List;

/** What recording a sheet did: the entries it recorded, those already recorded alike, and the sheet now. */
record SheetResult(int recorded, int unchanged, List<SheetLine> sheet) {}
