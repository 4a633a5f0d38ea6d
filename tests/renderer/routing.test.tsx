import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, fakePlatform } from './setup';
import { sampleValues } from './fixtures';
import { App } from '../../renderer/src/App';
import { formatRoute, parseRoute, type Route } from '../../renderer/src/routing/route';

describe('addresses: parse and format', () => {
  const routes: [Route, string][] = [
    [{ section: 'tong-quan' }, '#/tong-quan'],
    [{ section: 'tong-quan', period: '2024-06' }, '#/tong-quan?ky=2024-06'],
    [{ section: 'so-lieu', period: '2024-Q2' }, '#/so-lieu?ky=2024-Q2'],
    [
      { section: 'so-lieu', period: '2024', unit: '622', indicator: 'bhxh_compulsory' },
      '#/so-lieu?ky=2024&don-vi=622&chi-so=bhxh_compulsory',
    ],
    [{ section: 'bao-cao', report: 'progress' }, '#/bao-cao?loai=tien-do'],
    [
      { section: 'bao-cao', period: '2025', report: 'trend', unit: '622' },
      '#/bao-cao?ky=2025&loai=dien-bien&don-vi=622',
    ],
    [{ section: 'bao-cao', report: 'completeness' }, '#/bao-cao?loai=gui-so-lieu'],
    [{ section: 'bao-cao', report: 'evaluation', period: '2025' }, '#/bao-cao?ky=2025&loai=danh-gia'],
    [{ section: 'nhap-du-lieu' }, '#/nhap-du-lieu'],
    [{ section: 'chi-tieu', period: '2024-03' }, '#/chi-tieu?ky=2024-03'],
    [{ section: 'don-vi' }, '#/don-vi'],
    [{ section: 'cai-dat' }, '#/cai-dat'],
  ];

  it.each(routes)('%j ⇄ %s', (route, address) => {
    expect(formatRoute(route)).toBe(address);
    expect(parseRoute(address)).toEqual(route);
    expect(parseRoute(address.slice(1)), 'without the #').toEqual(route);
  });

  it.each([
    ['', { section: 'tong-quan' }],
    ['#', { section: 'tong-quan' }],
    ['#/', { section: 'tong-quan' }],
    ['#/khong-co-man-hinh-nay?ky=2024-06', { section: 'tong-quan', period: '2024-06' }],
    ['#/so-lieu?ky=2024-13', { section: 'so-lieu' }],
    ['#/so-lieu?ky=1800', { section: 'so-lieu' }],
    ['#/so-lieu?ky=%20%202024', { section: 'so-lieu' }],
    ['#/so-lieu?ky=2024-q3', { section: 'so-lieu', period: '2024-Q3' }],
    ['#/so-lieu/', { section: 'so-lieu' }],
    ['#/bao-cao?loai=khong-ro&ky=2024', { section: 'bao-cao', period: '2024' }],
    // A unit belongs to a dien-bien report only; a cell needs both its unit and its indicator.
    ['#/bao-cao?loai=tien-do&don-vi=622', { section: 'bao-cao', report: 'progress' }],
    ['#/so-lieu?don-vi=622', { section: 'so-lieu' }],
    ['#/so-lieu?don-vi=%3Cscript%3E&chi-so=bhxh', { section: 'so-lieu' }],
    ['#/so-lieu?don-vi=622&chi-so=DROP%20TABLE', { section: 'so-lieu' }],
    ['#/tong-quan?loai=dien-bien&don-vi=622&chi-so=bhtn', { section: 'tong-quan' }],
    ['#/so-lieu?ky=%E0%A4%A', { section: 'so-lieu' }],
    ['#token=abc', { section: 'tong-quan' }],
    ['#%%%/??&&==', { section: 'tong-quan' }],
    ['#/TONG-QUAN', { section: 'tong-quan' }],
  ] as [string, Route][])('%s → %j, without throwing', (address, route) => {
    expect(parseRoute(address)).toEqual(route);
    // Whatever came in, the address written back names the same place.
    expect(parseRoute(formatRoute(parseRoute(address)))).toEqual(route);
  });
});

function database() {
  fakePlatform();
  return fakeApi({
    'values.latestMonth': () => '2024-03',
    'values.get': () => sampleValues(),
    'values.history': () => [],
    'targets.list': () => [],
    'units.list': () => [],
    'reports.render': (input: { period: string }) => ({
      name: `${input.period}.pdf`,
      mime: 'application/pdf',
      data: new TextEncoder().encode('%PDF-1.7\n%%EOF\n'),
    }),
  });
}

// antd's Layout.Content is a <main> too: the app's own one carries the screen's name.
const main = () => document.querySelector('main[aria-label]')?.getAttribute('aria-label');

describe('the app follows its address', () => {
  it('opens the screen and period an address names, and the menu writes them back', async () => {
    const api = database();
    window.history.replaceState(null, '', '/#/so-lieu?ky=2024-02');
    render(<App />);
    await screen.findByTestId('values-table');
    expect(main()).toBe('Số liệu');
    expect(api.of('values.get')).toEqual([{ period: '2024-02' }]);

    fireEvent.click(screen.getByTestId('nav-chi-tieu'));
    await waitFor(() => expect(main()).toBe('Chỉ tiêu'));
    expect(window.location.hash).toBe('#/chi-tieu?ky=2024-02');

    // Back is the browser's own: the screen follows the address.
    window.history.back();
    await waitFor(() => expect(main()).toBe('Số liệu'));
    expect(window.location.hash).toBe('#/so-lieu?ky=2024-02');
    await screen.findByTestId('values-table');
  });

  it('follows the latest month while no period is named, and leaves it out of the address', async () => {
    const api = database();
    render(<App initial="so-lieu" />);
    await screen.findByTestId('values-table');
    expect(window.location.hash).toBe('#/so-lieu');
    expect(api.of('values.get')).toEqual([{ period: '2024-03' }]);
  });

  it('opens Tổng quan on an address it does not know, and writes the address it shows', async () => {
    database();
    window.history.replaceState(null, '', '/#/khong-co?ky=2024-99&x=<b>');
    render(<App />);
    await waitFor(() => expect(main()).toBe('Tổng quan'));
    expect(window.location.hash).toBe('#/tong-quan');
  });

  it('an address typed into the bar moves the app (hashchange)', async () => {
    database();
    render(<App />);
    await waitFor(() => expect(main()).toBe('Tổng quan'));
    window.location.hash = '#/cai-dat';
    await waitFor(() => expect(main()).toBe('Cài đặt'));
  });

  it("reopens Số liệu's open cell from the address; closing it replaces the address", async () => {
    database();
    window.history.replaceState(null, '', '/#/so-lieu?ky=2024-03&don-vi=622&chi-so=bhxh_compulsory');
    render(<App />);
    await screen.findByTestId('cell-history');
    const length = window.history.length;
    fireEvent.click(screen.getByRole('button', { name: /close|Đóng/i }));
    await waitFor(() => expect(window.location.hash).toBe('#/so-lieu?ky=2024-03'));
    expect(window.history.length).toBe(length);
    await waitFor(() => expect(screen.queryByTestId('cell-history')).toBeNull());

    // A figure clicked is written into the address the same way.
    fireEvent.click(screen.getByTestId('cell-635-bhtn'));
    await screen.findByTestId('cell-history');
    expect(window.location.hash).toBe('#/so-lieu?ky=2024-03&don-vi=635&chi-so=bhtn');
    expect(window.history.length).toBe(length);
  });

  it('opens nothing for a cell this period does not have', async () => {
    database();
    window.history.replaceState(null, '', '/#/so-lieu?don-vi=999&chi-so=bhxh_compulsory');
    render(<App />);
    await screen.findByTestId('values-table');
    expect(screen.queryByTestId('cell-history')).toBeNull();
  });

  it('opens the report kind and unit the address names; choosing another is a step Back returns from', async () => {
    const api = database();
    window.history.replaceState(null, '', '/#/bao-cao?ky=2024-03&loai=dien-bien&don-vi=622');
    render(<App />);
    await screen.findByTestId('report-unit');
    await waitFor(() =>
      expect(api.of('reports.render')[0]).toEqual({
        kind: 'trend',
        period: '2024-03',
        unit: '622',
        format: 'pdf',
      }),
    );
    // The report kind chosen in its select is a history step; the unit waits for the way back to dien-bien.
    const chooseKind = async (label: string) => {
      const select = screen.getByTestId('report-kind');
      fireEvent.mouseDown(select.querySelector('.ant-select-selector, .ant-select-content') ?? select);
      fireEvent.click(await screen.findByTitle(label));
    };
    const length = window.history.length;
    await chooseKind('Tình hình gửi số liệu');
    await waitFor(() => expect(window.location.hash).toBe('#/bao-cao?ky=2024-03&loai=gui-so-lieu'));
    expect(window.history.length).toBe(length + 1);
    await chooseKind('Diễn biến theo tháng của một đơn vị');
    await waitFor(() => expect(window.location.hash).toBe('#/bao-cao?ky=2024-03&loai=dien-bien&don-vi=622'));

    window.history.pushState(null, '', '#/bao-cao?ky=2024&loai=danh-gia');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => expect(screen.queryByTestId('report-unit')).toBeNull());
    await waitFor(() =>
      expect(api.of('reports.render').at(-1)).toEqual({ kind: 'evaluation', period: '2024', format: 'pdf' }),
    );
  });
});
