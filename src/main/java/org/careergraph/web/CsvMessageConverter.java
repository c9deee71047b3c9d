package org.careergraph.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes a {@link CsvTable} answer as RFC 4180 CSV, ready to open in a spreadsheet: cells
 * that would run as formulas neutralized, and a byte-order mark when configured or asked
 * for with {@code ?bom=true}.
 */
class CsvMessageConverter extends AnswerWriter<CsvTable> {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CsvProperties properties;

    CsvMessageConverter(CsvProperties properties) {
        super(TEXT_CSV);
        this.properties = properties;
    }

    private static String requestedBom() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getParameter(CsvProperties.BOM_PARAMETER) : null;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return CsvTable.class.isAssignableFrom(type);
    }

    @Override
    protected void writeInternal(CsvTable table, HttpOutputMessage output) throws IOException {
        output.getHeaders().setContentDisposition(ContentDisposition.inline().filename(table.csvFileName()).build());
        Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        if (properties.byteOrderMark(requestedBom())) {
            writer.write(SpreadsheetCells.BYTE_ORDER_MARK);
        }
        table.writeTo(writer);
    }

}
