using System.Buffers;
using System.Text.Json;
using NavLederprogram.BareHost;

// The bare comparison host of the load benchmark: the key reads of the app at their lower bound on this machine.
// Each endpoint runs by hand the SQL needed for the data the app returns and writes the same JSON shape, with no
// EF Core, no sign-in and no authorization; the caller's user id comes in the X-Bench-User header instead of a token.
// Usage: NavLederprogram.BareHost --urls http://127.0.0.1:5302 --Provider sqlite|postgresql --ConnectionString "…"
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var database = new Database(builder.Configuration["Provider"] ?? "sqlite",
    builder.Configuration["ConnectionString"] ?? throw new InvalidOperationException("--ConnectionString is required"));
var texts = Texts.Load(builder.Configuration["Texts"] ?? "src/NavLederprogram.Domain.Shared/Localization");
var reads = new KeyReads(database, texts);
var app = builder.Build();

app.MapGet("/health/live", () => "Healthy");
app.MapGet("/api/organisation/offices", (HttpContext c, int? skipCount, int? maxResultCount) =>
    Write(c, (w, ct) => reads.OfficesAsync(w, skipCount ?? 0, maxResultCount ?? 20, ct)));
app.MapGet("/api/organisation/people/{id:guid}", (HttpContext c, Guid id) => Write(c, (w, ct) => reads.PersonAsync(w, id, ct)));
app.MapGet("/api/competence/my-profile", (HttpContext c, CancellationToken _) => Write(c, (w, ct) => reads.MyProfileAsync(w, User(c), ct)));
app.MapGet("/api/my-programme", (HttpContext c, CancellationToken _) => Write(c, (w, ct) => reads.MyProgrammeAsync(w, User(c), ct)));
app.MapGet("/api/cohorts", (HttpContext c, int? skipCount, int? maxResultCount) =>
    Write(c, (w, ct) => reads.CohortsAsync(w, User(c), skipCount ?? 0, maxResultCount ?? 20, ct)));
app.Run();

static Guid User(HttpContext c) => Guid.Parse(c.Request.Headers["X-Bench-User"].ToString());

static async Task Write(HttpContext context, Func<Utf8JsonWriter, CancellationToken, Task<bool>> read)
{
    var buffer = new ArrayBufferWriter<byte>(16 * 1024);
    bool found;
    await using (var writer = new Utf8JsonWriter(buffer))
        found = await read(writer, context.RequestAborted);
    context.Response.StatusCode = found ? 200 : 404;
    context.Response.ContentType = "application/json; charset=utf-8";
    if (found) await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
}
