using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>Names from the HR system end up in every export: none of them may run as a formula when the file is opened.</summary>
public class ExportInjectionTests
{
    private static readonly string[] HostileFirstNames = ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "\t=1+1", " =cmd|' /C calc'!A0"];

    [Fact]
    public async Task Hostile_names_from_an_hr_import_are_text_in_the_csv_and_excel_exports()
    {
        await using var factory = new NavLederprogramFactory { RunsScheduledJobs = false, UseSmtpSink = false };
        var hr = factory.CreateClient();
        hr.DefaultRequestHeaders.Authorization = new("Bearer", await factory.AccessTokenForAsync(NavLederprogramFactory.HrClientId));
        var csv = new StringBuilder("employeeNumber;firstName;lastName;email;employer;officeName;jobRoleCode;jobRoleStartDate\n");
        for (var i = 0; i < HostileFirstNames.Length; i++)
            csv.Append($"=FORMEL{i};\"{HostileFirstNames[i].Replace("\"", "\"\"")}\";Formelsen;formel{i}@nav.no;State;NAV Bodø;OfficeLeader;2025-08-01\n");
        var committed = await hr.PostAsync("/api/organisation/hr-import/commit",
            new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString())), "file", "hr.csv" } });
        (await factory.FinishedImportAsync(hr, committed)).GetProperty("committed").GetBoolean().ShouldBeTrue();

        var admin = await factory.ClientForAsync("sysadmin");
        var csvExport = await admin.GetAsync("/api/competence/gaps/export?format=Csv&filter=Formelsen");
        csvExport.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = Encoding.UTF8.GetString(await csvExport.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        using var reader = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" });
        var cells = new List<string>();
        while (await reader.ReadAsync()) cells.AddRange(reader.Parser.Record!);
        foreach (var name in HostileFirstNames)
            cells.ShouldContain(c => c.StartsWith("'", StringComparison.Ordinal) && c.Contains(name.Trim()), $"{name} is not neutralized in {text}");
        for (var i = 0; i < HostileFirstNames.Length; i++) cells.ShouldContain($"'=FORMEL{i}");
        cells.ShouldNotContain(c => c.Length > 0 && "=+-@\t\r".Contains(c[0]));
        // The cells are quoted in the file itself, so that no reader splits or unquotes them into a formula.
        text.ShouldContain("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")");

        var xlsx = await admin.GetAsync("/api/competence/gaps/export?format=Xlsx&filter=Formelsen");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var zip = new ZipArchive(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()).ToList();
        sheets.ShouldNotBeEmpty();
        // A formula in SpreadsheetML is an <f> element; text cells are shared or inline strings.
        sheets.ShouldAllBe(s => !Regex.IsMatch(s, @"<(\w+:)?f[ >]"));
        var strings = string.Concat(sheets) + string.Concat(zip.Entries.Where(e => e.FullName == "xl/sharedStrings.xml").Select(e => new StreamReader(e.Open()).ReadToEnd()));
        strings.ShouldContain("=HYPERLINK(");
        strings.ShouldContain("@SUM(A1)");
    }
}
