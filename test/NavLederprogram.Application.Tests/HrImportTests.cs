using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Organisation;
using NavLederprogram.TestBase;
using Shouldly;
using Xunit;

namespace NavLederprogram.Application.Tests;

public class HrImportTests : IAsyncLifetime
{
    private const string Header = "employeeNumber;firstName;lastName;email;employer;officeName;jobRoleCode;jobRoleStartDate";
    private SqliteTestDatabase _db = null!;

    public async ValueTask InitializeAsync()
    {
        _db = await SqliteTestDatabase.CreateAsync();
        await _db.SignInAsAsync("ksadmin");
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private Task<HrImportResult> Preview(string csv) => _db.InScopeAsync(sp => sp.GetRequiredService<IHrImportAppService>().PreviewAsync(Utf8(csv), default));
    /// <summary>Sends the file, lets the import job write it, and returns the import as its sender then sees it.</summary>
    private async Task<HrImportStatus> Commit(string csv)
    {
        var accepted = await _db.InScopeAsync(sp => sp.GetRequiredService<IHrImportAppService>().CommitAsync(Utf8(csv), default));
        await _db.InScopeAsync(sp => sp.GetRequiredService<HrImportRunner>().RunUnfinishedAsync(default));
        return await _db.InScopeAsync(sp => sp.GetRequiredService<IHrImportAppService>().GetAsync(accepted.Id, default));
    }
    private Task<int> PeopleCount() => _db.InScopeAsync(sp => sp.GetRequiredService<IPersonRepository>().CountAsync());
    private static MemoryStream Utf8(string s) => new(Encoding.UTF8.GetBytes(s));

    [Fact]
    public async Task Preview_reports_every_bad_row_with_its_line_and_writes_nothing()
    {
        var before = await PeopleCount();
        var result = await Preview($"""
            {Header}
            H1;Åse;Ødegård;ase.odegard@nav.no;statlig;NAV Værnes;Advisor;2024-03-01
            H2;;Berg;not-an-email;kommunal;NAV Nowhere;Advisor;2024-03-01
            H3;Per;Hansen;per.hansen@nav.no;other;NAV Værnes;Wizard;31.02.2024
            H1;Ola;Olsen;ola.olsen@nav.no;State;NAV Alta;TeamLeader;01.02.2023
            """);

        result.Committed.ShouldBeFalse();
        result.TotalRows.ShouldBe(4);
        result.ValidRows.ShouldBe(1);
        result.ToCreate.ShouldBe(1);
        result.Errors.Select(e => (e.Line, e.Field)).ShouldBe(
        [
            (3, "firstName"), (3, "email"), (3, "officeName"),
            (4, "employer"), (4, "jobRoleCode"), (4, "jobRoleStartDate"),
            (5, "employeeNumber"),
        ], ignoreOrder: true);
        result.Errors.Single(e => e.Line == 5).Message.ShouldContain("2");
        (await PeopleCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Commit_with_a_bad_row_writes_nothing()
    {
        var before = await PeopleCount();
        var error = await Should.ThrowAsync<BusinessException>(() => Commit($"""
            {Header}
            H10;Åse;Ødegård;ase@nav.no;statlig;NAV Værnes;Advisor;2024-03-01
            H11;Bad;Row;bad;statlig;NAV Værnes;Advisor;2024-03-01
            """));

        error.Code.ShouldBe(NavLederprogramErrorCodes.HrImportHasErrors);
        (await PeopleCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Commit_upserts_by_employee_number_and_a_second_run_changes_nothing()
    {
        var before = await PeopleCount();
        var csv = $"""
            {Header}
            E10001;Kari;Endret;kari.endret@nav.no;kommunal;NAV Frogner;TeamLeader;2022-01-01
            N1;Åse;Ødegård;ase.odegard@nav.no;State;NAV Værnes;Advisor;01.03.2024
            """;

        var first = await Commit(csv);
        first.ShouldBe(first with { Committed = true, ToCreate = 1, ToUpdate = 1, ValidRows = 2 });
        (await PeopleCount()).ShouldBe(before + 1);
        var updated = await _db.InScopeAsync(sp => sp.GetRequiredService<IPersonRepository>().GetByEmployeeNumbersAsync(["E10001", "N1"]));
        updated.Single(p => p.EmployeeNumber == "E10001").LastName.ShouldBe("Endret");
        updated.Single(p => p.EmployeeNumber == "N1").FirstName.ShouldBe("Åse");

        var second = await Commit(csv);
        second.ToCreate.ShouldBe(0);
        second.ToUpdate.ShouldBe(0);
        (await PeopleCount()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task A_latin1_file_is_refused_as_wrong_encoding()
    {
        var latin1 = Encoding.Latin1.GetBytes($"{Header}\nH1;Åse;Ødegård;ase@nav.no;statlig;NAV Værnes;Advisor;2024-03-01\n");
        var error = await Should.ThrowAsync<BusinessException>(() =>
            _db.InScopeAsync(sp => sp.GetRequiredService<IHrImportAppService>().PreviewAsync(new MemoryStream(latin1), default)));
        error.Code.ShouldBe(NavLederprogramErrorCodes.HrImportEncoding);
    }

    [Fact]
    public async Task Missing_columns_are_refused_with_the_expected_header()
    {
        var error = await Should.ThrowAsync<BusinessException>(() => Preview("employeeNumber;firstName\nH1;Åse\n"));
        error.Code.ShouldBe(NavLederprogramErrorCodes.HrImportUnreadable);
        error.MessageArguments.ShouldHaveSingleItem().ShouldBe(Header);
    }

    [Fact]
    public async Task Random_bytes_and_oversized_files_are_refused()
    {
        var garbage = new byte[64 * 1024];
        new Random(42).NextBytes(garbage);
        (await Should.ThrowAsync<BusinessException>(() =>
            _db.InScopeAsync(sp => sp.GetRequiredService<IHrImportAppService>().PreviewAsync(new MemoryStream(garbage), default))))
            .Code.ShouldBe(NavLederprogramErrorCodes.HrImportEncoding);

        var huge = new MemoryStream(new byte[IHrImportAppService.MaxFileSize + 1]);
        (await Should.ThrowAsync<BusinessException>(() =>
            _db.InScopeAsync(sp => sp.GetRequiredService<IHrImportAppService>().PreviewAsync(huge, default))))
            .Code.ShouldBe(NavLederprogramErrorCodes.HrImportTooLarge);
    }

    [Fact]
    public async Task A_regional_coordinator_cannot_import_into_offices_outside_the_region()
    {
        await _db.SignInAsAsync("regionkoordinator");
        var result = await Preview($"""
            {Header}
            R1;Trude;Trøndersk;trude@nav.no;statlig;NAV Værnes;Advisor;2024-03-01
            R2;Odd;Oslo;odd@nav.no;statlig;NAV Frogner;Advisor;2024-03-01
            """);

        result.ValidRows.ShouldBe(1);
        result.Errors.ShouldHaveSingleItem().ShouldBe(new HrImportRowError(3, "officeName", result.Errors[0].Message));
    }
}
