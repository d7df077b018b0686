package org.migrationmptf.fund.reports.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time step: compiles every {@code .jrxml} of a folder into a {@code .jasper} file. Run by the
 * exec plugin at {@code process-classes}; never at run time.
 */
public final class ReportCompiler {

    private ReportCompiler() {}

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ReportCompiler <jrxml folder> <output folder>");
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> templates;
        try (Stream<Path> files = Files.list(source)) {
            templates =
                    files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path template : templates) {
            String name = template.getFileName().toString().replace(".jrxml", ".jasper");
            JasperCompileManager.compileReportToFile(
                    template.toString(), target.resolve(name).toString());
            System.out.println("compiled " + template.getFileName() + " -> " + target.resolve(name));
        }
    }
}
