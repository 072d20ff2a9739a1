#ifndef CASUS_CGRAPHVIZ_SHIM_H
#define CASUS_CGRAPHVIZ_SHIM_H
// The only C in the package. Swift 6 rejects imported mutable C globals and the
// width of gvRenderData's length differs between Graphviz versions, so both are
// wrapped here.
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stdlib.h>

/// Renders a laid-out graph; the length comes back as size_t whatever this
/// Graphviz version's gvRenderData takes.
static inline int casus_gv_render_data(GVC_t *gvc, Agraph_t *g, const char *format,
                                       char **result, size_t *length) {
    unsigned int len = 0;
    int rc = gvRenderData(gvc, g, format, result, &len);
    *length = (size_t)len;
    return rc;
}

/// Makes Graphviz keep its messages (readable through aglasterr) rather than
/// print them to the process's stderr.
static inline void casus_gv_capture_errors(void) {
    agseterr(AGMAX);
}

#endif
