using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NavLederprogram.Competence;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>Uploaded diplomas and HR files: content that only pretends, names that carry paths, and files over the limits.</summary>
[Collection(HostCollection.Name)]
public class UploadTests(NavLederprogramFactory factory)
{
    private static string Yesterday => DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd");

    private static MultipartFormDataContent Upload(Guid areaId, byte[] file, string fileName, string contentType = "application/pdf")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(areaId.ToString()), "competenceAreaId" },
            { new StringContent("2"), "level" },
            { new StringContent("Diplom med opplastingsprøve"), "title" },
            { new StringContent(Yesterday), "achievedOn" },
        };
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(content, "file", fileName);
        return form;
    }

    private async Task<(HttpClient Leader, Guid AreaId)> LeaderAsync(string culture = "nb")
    {
        var leader = await factory.ClientForAsync("leder", culture);
        var areas = await (await leader.GetAsync("/api/competence/areas?maxResultCount=100")).Content.ReadFromJsonAsync<JsonElement>();
        return (leader, areas.GetProperty("items")[0].GetProperty("id").GetGuid());
    }

    /// <summary>The same hand-written one-page PDF the browser tests upload.</summary>
    private static byte[] HandWrittenPdf()
    {
        string[] objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"];
        var body = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(body.Length);
            body.Append($"{i + 1} 0 obj {objects[i]} endobj\n");
        }
        var xref = body.Length;
        body.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) body.Append($"{o:D10} 00000 n \n");
        body.Append($"trailer << /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(body.ToString());
    }

    [Fact]
    public async Task Files_that_only_start_like_a_pdf_or_an_image_are_refused()
    {
        var (leader, area) = await LeaderAsync("en");
        var zip = "%PDF-1.7\n"u8.ToArray().Concat("PK\u0003\u0004\u0014\0\0\0\bpayload.exe"u8.ToArray()).ToArray();
        var html = "%PDF-1.4\n<html><script>alert(document.cookie)</script></html>"u8.ToArray();
        var brokenPng = TestFiles.Png()[..^6];
        var jpegHeaderOnly = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9 };
        foreach (var (bytes, name, type) in new[] { (zip, "diploma.pdf", "application/pdf"), (html, "diploma.pdf", "application/pdf"), (brokenPng, "diploma.png", "image/png"), (jpegHeaderOnly, "diploma.jpg", "image/jpeg") })
        {
            var response = await leader.PostAsync("/api/competence/my-evidence", Upload(area, bytes, name, type));
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, name);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            problem.GetProperty("errors").GetProperty("file")[0].GetString().ShouldBe("The file must be PDF, PNG or JPEG, and its content must match its type.");
        }

        (await leader.PostAsync("/api/competence/my-evidence", Upload(area, HandWrittenPdf(), "diploma.pdf"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await leader.PostAsync("/api/competence/my-evidence", Upload(area, TestFiles.Png(), "diploma.png", "image/png"))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("..\\..\\windows\\system32\\diplom.pdf", "diplom.pdf")]
    [InlineData("../../etc/diplom.pdf", "diplom.pdf")]
    [InlineData("C:\\Users\\kari\\Documents\\diplom.pdf", "diplom.pdf")]
    [InlineData("dip\u0001lom\u0007\t.pdf", "diplom.pdf")]
    [InlineData("/../.pdf", "document.pdf")]
    public async Task An_uploaded_file_name_is_kept_as_a_safe_display_name(string sent, string kept)
    {
        var (leader, area) = await LeaderAsync();
        var response = await leader.PostAsync("/api/competence/my-evidence", Upload(area, TestFiles.Pdf(), sent));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var document = await leader.GetAsync($"/api/competence/evidence/{id}/document");
        document.StatusCode.ShouldBe(HttpStatusCode.OK);
        document.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe(kept);
    }

    [Fact]
    public async Task An_over_long_file_name_is_shortened_and_keeps_its_extension()
    {
        var (leader, area) = await LeaderAsync();
        var response = await leader.PostAsync("/api/competence/my-evidence", Upload(area, TestFiles.Pdf(), new string('d', 1_000) + ".pdf"));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var name = (await leader.GetAsync($"/api/competence/evidence/{id}/document")).Content.Headers.ContentDisposition!.FileNameStar!;
        name.Length.ShouldBe(CompetenceConsts.MaxFileNameLength);
        name.ShouldEndWith("dddd.pdf");
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_answered_413_naming_the_limit()
    {
        var (leader, area) = await LeaderAsync();
        var eleven = new byte[11 * 1024 * 1024];
        TestFiles.Pdf().CopyTo(eleven, 0);
        var response = await leader.PostAsync("/api/competence/my-evidence", Upload(area, eleven, "stor.pdf"));
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("title").GetString().ShouldBe("For stor");
        problem.GetProperty("detail").GetString().ShouldBe("Filen er for stor. Største tillatte størrelse er 10 MB.");

        var hr = factory.CreateClient();
        hr.DefaultRequestHeaders.Authorization = new("Bearer", await factory.AccessTokenForAsync(NavLederprogramFactory.HrClientId));
        hr.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nn");
        var six = new MultipartFormDataContent { { new ByteArrayContent(new byte[6 * 1024 * 1024]), "file", "hr.csv" } };
        var hrResponse = await hr.PostAsync("/api/organisation/hr-import/preview", six);
        hrResponse.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await hrResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().ShouldBe("Fila er for stor. Største tillatne storleik er 5 MB.");
    }

    [Fact]
    public async Task An_hr_file_over_the_row_limit_is_refused_naming_the_limit()
    {
        var hr = factory.CreateClient();
        hr.DefaultRequestHeaders.Authorization = new("Bearer", await factory.AccessTokenForAsync(NavLederprogramFactory.HrClientId));
        hr.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var csv = new StringBuilder("employeeNumber;firstName;lastName;email;employer;officeName;jobRoleCode;jobRoleStartDate\n");
        for (var i = 0; i <= NavLederprogram.Organisation.HrImportAppService.MaxRows; i++) csv.Append(i).Append(";A;B;a@b.no;State;X;Y;2025-01-01\n");
        var response = await hr.PostAsync("/api/organisation/hr-import/preview",
            new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString())), "file", "hr.csv" } });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()
            .ShouldBe($"The file has more than {NavLederprogram.Organisation.HrImportAppService.MaxRows} rows. Split it into smaller files and import them one at a time.");
    }
}
