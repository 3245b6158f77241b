using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>Access tokens are signed, not encrypted: readable by whoever holds one, so they carry nothing personal, and unforgeable.</summary>
[Collection(HostCollection.Name)]
public class SignedAccessTokenTests(NavLederprogramFactory factory)
{
    [Fact]
    public async Task An_access_token_is_a_signed_JWT_with_ids_username_and_roles_but_no_name_or_email()
    {
        var token = (await factory.SignInWithPkceAsync("leder")).GetProperty("access_token").GetString()!;
        var me = await Api(token).GetFromJsonAsync<JsonElement>("/api/identity/me");

        var parts = token.Split('.');
        parts.Length.ShouldBe(3, "a JWS has a header, a payload and a signature; an encrypted JWE has five parts");
        var header = Json(parts[0]);
        header.GetProperty("alg").GetString().ShouldBe("RS256");
        header.TryGetProperty("enc", out _).ShouldBeFalse();

        var payload = Json(parts[1]);
        payload.GetProperty("sub").GetString().ShouldBe(me.GetProperty("userId").GetString());
        payload.GetProperty("preferred_username").GetString().ShouldBe("leder");
        payload.GetProperty("role").ToString().ShouldContain("Leader");
        payload.TryGetProperty("name", out _).ShouldBeFalse();
        payload.TryGetProperty("email", out _).ShouldBeFalse();
        var text = Encoding.UTF8.GetString(Base64Url(parts[1]));
        text.ShouldNotContain(me.GetProperty("name").GetString()!);
        text.ShouldNotContain(me.GetProperty("email").GetString()!);
    }

    [Fact]
    public async Task A_tampered_access_token_is_refused()
    {
        var token = await factory.AccessTokenForAsync("leder");
        var parts = token.Split('.');
        (await Api(token).GetAsync("/api/identity/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A leader who makes themself an administrator in the readable payload, keeping the signature.
        var payload = Encoding.UTF8.GetString(Base64Url(parts[1])).Replace("\"Leader\"", "\"SystemAdministrator\"");
        var raised = $"{parts[0]}.{ToBase64Url(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";
        (await Api(raised).GetAsync("/api/identity/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var signature = Base64Url(parts[2]);
        signature[10] ^= 0x01;
        (await Api($"{parts[0]}.{parts[1]}.{ToBase64Url(signature)}").GetAsync("/api/identity/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // Without a signature at all ("alg": "none").
        var unsigned = $"{ToBase64Url("{\"alg\":\"none\",\"typ\":\"at+jwt\"}"u8.ToArray())}.{parts[1]}.";
        (await Api(unsigned).GetAsync("/api/identity/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_obtained_through_one_address_is_accepted_through_another()
    {
        var token = await factory.AccessTokenForAsync("ksadmin");
        foreach (var address in new[] { "http://localhost", "http://127.0.0.1", "http://node-b.internal:8080" })
        {
            var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(address) });
            var discovery = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
            discovery.GetProperty("issuer").GetString().ShouldBe("http://localhost:5080/", address);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            (await client.GetAsync("/api/identity/me")).StatusCode.ShouldBe(HttpStatusCode.OK, address);
        }
    }

    private HttpClient Api(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static JsonElement Json(string part) => JsonDocument.Parse(Base64Url(part)).RootElement;

    internal static byte[] Base64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }

    internal static string ToBase64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Outside Development a node takes its token keys and its issuer from configuration, the same on every node, or does not start.</summary>
public class NodeConfigurationTests
{
    [Fact]
    public async Task Production_refuses_to_start_without_token_keys_or_without_a_public_url()
    {
        await using var factory = new NavLederprogramFactory();
        var (signing, encryption) = (Certificate(X509KeyUsageFlags.DigitalSignature), Certificate(X509KeyUsageFlags.KeyEncipherment));

        var withoutKeys = Should.Throw<InvalidOperationException>(() => Production(factory, b => b.UseSetting("App:PublicUrl", "https://lederprogram.test")).CreateClient());
        withoutKeys.Message.ShouldContain("OpenIddict:SigningCertificatePath");

        var onlyOneKey = Should.Throw<InvalidOperationException>(() => Production(factory, b =>
        {
            b.UseSetting("App:PublicUrl", "https://lederprogram.test");
            b.UseSetting("OpenIddict:SigningCertificate", signing);
        }).CreateClient());
        onlyOneKey.Message.ShouldContain("not only one");

        var withoutUrl = Should.Throw<InvalidOperationException>(() => Production(factory, b =>
        {
            b.UseSetting("OpenIddict:SigningCertificate", signing);
            b.UseSetting("OpenIddict:EncryptionCertificate", encryption);
        }).CreateClient());
        withoutUrl.Message.ShouldContain("App:PublicUrl");
    }

    [Fact]
    public async Task Two_production_hosts_with_the_configured_keys_accept_each_others_tokens()
    {
        await using var factory = new NavLederprogramFactory();
        var (signing, encryption) = (Certificate(X509KeyUsageFlags.DigitalSignature), Certificate(X509KeyUsageFlags.KeyEncipherment));
        void Configure(IWebHostBuilder b)
        {
            b.UseSetting("App:PublicUrl", "https://lederprogram.test");
            b.UseSetting("OpenIddict:SigningCertificate", signing);
            b.UseSetting("OpenIddict:EncryptionCertificate", encryption);
        }
        // Each its own data folder: nothing is shared but the configuration and the database.
        var database = factory.ConnectionString ?? $"Data Source={Path.Combine(factory.DataFolder, "shared.db")}";
        WebApplicationFactory<Program> Node(string name) => Production(factory, b =>
        {
            Configure(b);
            b.UseSetting("ConnectionStrings:Default", database);
            b.UseSetting("App:DataFolder", Path.Combine(factory.DataFolder, name));
        });
        await using var nodeA = Node("node-a");
        await using var nodeB = Node("node-b");

        var https = new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://lederprogram.test") };
        var issued = await nodeA.CreateClient(https).PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = NavLederprogramFactory.HrClientId,
            ["client_secret"] = NavLederprogramFactory.HrClientSecret,
            ["scope"] = "navlederprogram_hr_import",
        }));
        issued.StatusCode.ShouldBe(HttpStatusCode.OK, await issued.Content.ReadAsStringAsync());
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
        Encoding.UTF8.GetString(SignedAccessTokenTests.Base64Url(token.Split('.')[1])).ShouldContain("\"iss\":\"https://lederprogram.test/\"");

        // Node B, reached at its own address, takes node A's token and previews the file.
        var onB = nodeB.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://node-b.internal") });
        MultipartFormDataContent File() => new() { { new ByteArrayContent("Ansattnummer;Fornavn\n"u8.ToArray()), "file", "hr.csv" } };
        (await onB.PostAsync("/api/organisation/hr-import/preview", File())).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        onB.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var answer = await onB.PostAsync("/api/organisation/hr-import/preview", File());
        answer.StatusCode.ShouldNotBe(HttpStatusCode.Unauthorized);
        answer.StatusCode.ShouldNotBe(HttpStatusCode.Forbidden);
    }

    private static WebApplicationFactory<Program> Production(NavLederprogramFactory factory, Action<IWebHostBuilder> configure) =>
        factory.WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("OpenIddict:SigningCertificatePath", "");
            b.UseSetting("OpenIddict:EncryptionCertificatePath", "");
            configure(b);
        });

    /// <summary>A PFX in base64, as a secret store hands it out.</summary>
    private static string Certificate(X509KeyUsageFlags usage)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=NavLederprogram test " + usage, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return Convert.ToBase64String(certificate.Export(X509ContentType.Pfx));
    }
}
