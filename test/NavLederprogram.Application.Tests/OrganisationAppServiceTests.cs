using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Organisation;
using NavLederprogram.TestBase;
using Shouldly;
using Xunit;

namespace NavLederprogram.Application.Tests;

public class OrganisationAppServiceTests : IAsyncLifetime
{
    private SqliteTestDatabase _db = null!;

    public async ValueTask InitializeAsync() => _db = await SqliteTestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private Task<T> Offices<T>(Func<IOfficeAppService, Task<T>> f) => _db.InScopeAsync(sp => f(sp.GetRequiredService<IOfficeAppService>()));

    [Fact]
    public async Task The_seed_has_a_five_municipality_office_a_two_leader_office_and_about_300_people()
    {
        await _db.SignInAsAsync("ksadmin");
        var offices = await Offices(s => s.GetListAsync(new OfficeQuery { MaxResultCount = 1000 }, default));
        offices.TotalCount.ShouldBe(30);
        offices.Items.Single(o => o.Name == "NAV Værnes").Municipalities.Count.ShouldBe(5);
        offices.Items.ShouldContain(o => o.LeadershipModel == LeadershipModel.DualLeader);
        var people = await _db.InScopeAsync(sp => sp.GetRequiredService<IPersonRepository>().CountAsync());
        people.ShouldBeInRange(280, 320);
    }

    [Fact]
    public async Task A_regional_coordinator_sees_only_offices_and_people_in_the_region()
    {
        await _db.SignInAsAsync("regionkoordinator");
        var offices = await Offices(s => s.GetListAsync(new OfficeQuery { MaxResultCount = 1000 }, default));
        offices.Items.ShouldNotBeEmpty();
        offices.Items.ShouldAllBe(o => o.RegionName == "Trøndelag");

        var people = await _db.InScopeAsync(sp => sp.GetRequiredService<IPersonAppService>().GetListAsync(new PersonQuery { MaxResultCount = 1000 }, default));
        var officeIds = offices.Items.Select(o => o.Id).ToHashSet();
        people.Items.ShouldAllBe(p => officeIds.Contains(p.OfficeId));

        await _db.SignInAsAsync("ksadmin");
        var frogner = (await Offices(s => s.GetListAsync(new OfficeQuery { Filter = "Frogner" }, default))).Items.Single();
        await _db.SignInAsAsync("regionkoordinator");
        await Should.ThrowAsync<EntityNotFoundException>(() => Offices(s => s.GetAsync(frogner.Id, default)));
    }

    [Fact]
    public async Task A_municipal_coordinator_sees_the_offices_serving_the_municipality()
    {
        await _db.SignInAsAsync("kommunekoordinator");
        var offices = await Offices(s => s.GetListAsync(new OfficeQuery { MaxResultCount = 1000 }, default));
        offices.Items.Select(o => o.Name).ShouldBe(["NAV Værnes"]);

        var municipalities = await _db.InScopeAsync(sp => sp.GetRequiredService<IMunicipalityAppService>().GetListAsync(new MunicipalityQuery { MaxResultCount = 1000 }, default));
        municipalities.Items.Select(m => m.Name).ShouldBe(["Frosta", "Meråker", "Selbu", "Stjørdal", "Tydal"], ignoreOrder: true);
    }

    [Fact]
    public async Task Invalid_office_input_reports_each_field_and_saves_nothing()
    {
        await _db.SignInAsAsync("ksadmin");
        var error = await Should.ThrowAsync<ValidationFailedException>(() => Offices(s => s.CreateAsync(new SaveOfficeInput
        {
            Name = "",
            RegionId = Guid.NewGuid(),
            LeadershipModel = (LeadershipModel)7,
            Size = 0,
            MunicipalityIds = [],
        }, default)));

        error.Errors.Keys.ShouldBe(["name", "regionId", "leadershipModel", "size", "municipalityIds"], ignoreOrder: true);
        (await Offices(s => s.GetListAsync(new OfficeQuery(), default))).TotalCount.ShouldBe(30);
    }

    [Fact]
    public async Task A_stale_concurrency_stamp_is_a_conflict_and_changes_nothing()
    {
        await _db.SignInAsAsync("ksadmin");
        var office = (await Offices(s => s.GetListAsync(new OfficeQuery { Filter = "Alta" }, default))).Items.Single();
        var input = new SaveOfficeInput
        {
            Name = "NAV Alta og omegn",
            RegionId = office.RegionId,
            LeadershipModel = office.LeadershipModel,
            Size = office.Size,
            MunicipalityIds = [.. office.MunicipalityIds],
            ConcurrencyStamp = office.ConcurrencyStamp,
        };
        var saved = await Offices(s => s.UpdateAsync(office.Id, input, default));
        saved.Name.ShouldBe("NAV Alta og omegn");
        saved.ConcurrencyStamp.ShouldNotBe(office.ConcurrencyStamp);

        input.Name = "NAV Alta (stale)";
        await Should.ThrowAsync<ConcurrencyConflictException>(() => Offices(s => s.UpdateAsync(office.Id, input, default)));
        (await Offices(s => s.GetAsync(office.Id, default))).Name.ShouldBe("NAV Alta og omegn");
    }

    [Fact]
    public async Task Duplicate_office_names_are_refused_as_conflict()
    {
        await _db.SignInAsAsync("ksadmin");
        var alta = (await Offices(s => s.GetListAsync(new OfficeQuery { Filter = "Alta" }, default))).Items.Single();
        var error = await Should.ThrowAsync<BusinessException>(() => Offices(s => s.CreateAsync(new SaveOfficeInput
        {
            Name = "NAV Bodø",
            RegionId = alta.RegionId,
            LeadershipModel = LeadershipModel.SingleLeader,
            Size = 3,
            MunicipalityIds = [.. alta.MunicipalityIds],
        }, default)));
        error.Code.ShouldBe(NavLederprogramErrorCodes.OfficeNameTaken);
        error.IsConflict.ShouldBeTrue();
    }

    [Fact]
    public async Task Deleting_an_office_with_people_is_refused_and_a_deleted_office_disappears_from_lists()
    {
        await _db.SignInAsAsync("ksadmin");
        var alta = (await Offices(s => s.GetListAsync(new OfficeQuery { Filter = "Alta" }, default))).Items.Single();
        (await Should.ThrowAsync<BusinessException>(() => Offices(async s => { await s.DeleteAsync(alta.Id, default); return 0; })))
            .Code.ShouldBe(NavLederprogramErrorCodes.OfficeHasPeople);

        var created = await Offices(s => s.CreateAsync(new SaveOfficeInput
        {
            Name = "NAV Midlertidig",
            RegionId = alta.RegionId,
            LeadershipModel = LeadershipModel.SingleLeader,
            Size = 3,
            MunicipalityIds = [.. alta.MunicipalityIds],
        }, default));
        await Offices(async s => { await s.DeleteAsync(created.Id, default); return 0; });
        (await Offices(s => s.GetListAsync(new OfficeQuery { Filter = "Midlertidig" }, default))).TotalCount.ShouldBe(0);
        // Soft-deleted: the name can be used again.
        (await Offices(s => s.CreateAsync(new SaveOfficeInput
        {
            Name = "NAV Midlertidig",
            RegionId = alta.RegionId,
            LeadershipModel = LeadershipModel.SingleLeader,
            Size = 3,
            MunicipalityIds = [.. alta.MunicipalityIds],
        }, default))).Name.ShouldBe("NAV Midlertidig");
    }

    [Fact]
    public async Task Lists_page_sort_and_filter_on_the_server()
    {
        await _db.SignInAsAsync("ksadmin");
        var page = await Offices(s => s.GetListAsync(new OfficeQuery { Sorting = "size desc", SkipCount = 0, MaxResultCount = 3 }, default));
        page.TotalCount.ShouldBe(30);
        page.Items.Select(o => o.Size).ShouldBe([84, 82, 80]);

        var hostile = await Offices(s => s.GetListAsync(new OfficeQuery { Sorting = "name; drop table OrgOffices", Filter = "%_" }, default));
        hostile.TotalCount.ShouldBe(0);
        await Should.ThrowAsync<ValidationFailedException>(() => Offices(s => s.GetListAsync(new OfficeQuery { MaxResultCount = 0 }, default)));
    }
}
