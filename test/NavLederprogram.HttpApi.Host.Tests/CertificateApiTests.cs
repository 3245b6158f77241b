using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using UglyToad.PdfPig;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

[Collection(HostCollection.Name)]
public class CertificateApiTests(NavLederprogramFactory factory)
{
    private static string Squash(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static async Task<string> PdfTextAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        System.Text.Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
        using var document = PdfDocument.Open(bytes);
        var page = document.GetPage(1);
        page.Width.ShouldBe(595, 1);
        page.Height.ShouldBe(842, 1);
        return string.Join(" ", document.GetPages().Select(p => p.Text));
    }

    [Fact]
    public async Task The_owner_downloads_the_certificate_in_bokmal_and_english_with_its_code_and_verification_address()
    {
        var issued = await ProgrammeTestData.CertificateAsync(factory, "leder");
        var certificate = issued.Certificate;
        var leader = await factory.ClientForAsync("leder", "en");

        var mine = (await leader.GetFromJsonAsync<JsonElement>("/api/certificates/mine")).EnumerateArray()
            .Single(c => c.GetProperty("id").GetGuid() == certificate.Id);
        mine.GetProperty("verificationCode").GetString().ShouldBe(certificate.VerificationCode);
        var url = $"http://localhost:5080/verify/{certificate.VerificationCode}";
        mine.GetProperty("verificationUrl").GetString().ShouldBe(url);
        mine.GetProperty("moduleTitles").GetArrayLength().ShouldBe(9);

        var nb = Squash(await PdfTextAsync(await leader.GetAsync($"/api/certificates/{certificate.Id}/pdf?culture=nb")));
        nb.ShouldContain("Kursbevis");
        nb.ShouldContain(Squash(issued.PersonName));
        // æ, ø and å are printed and read back as themselves.
        nb.ShouldContain(Squash("Lederprogrammet for NAV-ledere – ærlig, ønsket og åpent"));
        nb.ShouldContain(Squash(certificate.CohortName));
        nb.ShouldContain(certificate.VerificationCode);
        nb.ShouldContain(url);
        nb.ShouldContain(Squash("Utstedt av KS og Arbeids- og velferdsdirektoratet"));
        // The long module list wraps; each title is there in full.
        foreach (var title in certificate.ModuleTitles) nb.ShouldContain(Squash(title));
        nb.ShouldContain(Squash($"Fullført {certificate.CompletedOn:dd.MM.yyyy}"));

        // Without ?culture the caller's language is used.
        var en = Squash(await PdfTextAsync(await leader.GetAsync($"/api/certificates/{certificate.Id}/pdf")));
        en.ShouldContain(Squash("Certificate of completion"));
        en.ShouldContain(Squash($"Completed on {certificate.CompletedOn.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}"));
        en.ShouldContain(Squash(issued.PersonName));
        en.ShouldContain(certificate.VerificationCode);

        var nn = Squash(await PdfTextAsync(await leader.GetAsync($"/api/certificates/{certificate.Id}/pdf?culture=nn")));
        nn.ShouldContain(Squash("Dette stadfestar at"));
    }

    [Fact]
    public async Task Anyone_verifies_a_code_without_signing_in_and_a_wrong_code_is_not_found()
    {
        var issued = await ProgrammeTestData.CertificateAsync(factory, "leder");
        var certificate = issued.Certificate;
        var anonymous = factory.CreateClient();

        var verified = await anonymous.GetFromJsonAsync<JsonElement>($"/api/certificates/verify/{certificate.VerificationCode}");
        verified.GetProperty("valid").GetBoolean().ShouldBeTrue();
        verified.GetProperty("personName").GetString().ShouldBe(issued.PersonName);
        verified.GetProperty("programmeName").GetString().ShouldBe(certificate.ProgrammeName);
        verified.GetProperty("cohortName").GetString().ShouldBe(certificate.CohortName);
        verified.GetProperty("completedOn").GetString().ShouldBe(certificate.CompletedOn.ToString("yyyy-MM-dd"));
        verified.GetProperty("moduleTitles").GetArrayLength().ShouldBe(certificate.ModuleTitles.Count);

        // As people type it: lower case, without the dashes.
        var typed = certificate.VerificationCode.Replace("-", "").ToLowerInvariant();
        (await anonymous.GetFromJsonAsync<JsonElement>($"/api/certificates/verify/{typed}")).GetProperty("verificationCode").GetString()
            .ShouldBe(certificate.VerificationCode);

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/certificates/verify/AAAA-BBBB-CCCC");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var wrong = await anonymous.SendAsync(request);
        wrong.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await wrong.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(NavLederprogramErrorCodes.EntityNotFound);
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        (await anonymous.GetAsync("/api/certificates/verify/not-a-code")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Nobody_else_downloads_or_lists_someone_elses_certificate()
    {
        var certificate = (await ProgrammeTestData.CertificateAsync(factory, "leder")).Certificate;
        foreach (var other in new[] { "kommunekoordinator", "fasilitator", "ksadmin" })
        {
            var client = await factory.ClientForAsync(other);
            (await client.GetAsync($"/api/certificates/{certificate.Id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound, other);
            (await client.GetFromJsonAsync<JsonElement>("/api/certificates/mine")).EnumerateArray()
                .ShouldNotContain(c => c.GetProperty("id").GetGuid() == certificate.Id);
        }
        (await factory.CreateClient().GetAsync($"/api/certificates/{certificate.Id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
