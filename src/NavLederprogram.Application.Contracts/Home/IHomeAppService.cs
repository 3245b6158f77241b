using NavLederprogram.Competence;
using NavLederprogram.Programmes;

namespace NavLederprogram.Home;

public interface IHomeAppService
{
    Task<HomeDto> GetAsync(CancellationToken ct);
}
