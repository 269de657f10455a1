// @vitest-environment happy-dom
// readDeployRows (utils/page/deploy.ts) on DOM snapshots of the go-online list in different markup.
import { describe, expect, it } from 'vitest';
import { onDeployList, readDeployRows } from '../../../utils/page/deploy';

function dom(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('readDeployRows', () => {
  it('reads a plain table by header text', () => {
    const d = dom(`
      <a class="btn">+ 提交上线</a>
      <table>
        <thead><tr><th>代开发应用/模版</th><th>类型</th><th>所属模板</th><th>企业客户</th><th>状态</th></tr></thead>
        <tbody>
          <tr><td><div>EC营客通</div><div>上线时间:2024-05-01 10:00</div><div>审核编号:au1234567</div></td><td>代开发应用</td><td>代开发-开发</td><td>桃花岛</td><td>已上线</td></tr>
          <tr><td><div>EC营客通</div><div>审核编号:au7654321</div></td><td>代开发应用</td><td>代开发-开发</td><td>光明顶</td><td>待上线</td></tr>
        </tbody>
      </table>`);
    expect(readDeployRows(d)).toEqual([
      { corpName: '桃花岛', appName: 'EC营客通', status: '已上线', auditOrderId: 'au1234567' },
      { corpName: '光明顶', appName: 'EC营客通', status: '待上线', auditOrderId: 'au7654321' },
    ]);
  });

  it('finds columns in another order, split header/body tables, extra columns, a search form with the same labels, other statuses', () => {
    const d = dom(`
      <form class="filter">
        <div class="f-row"><label>企业客户</label><input placeholder="搜索"><label>状态</label><select><option>全部</option><option>已上线</option></select></div>
      </form>
      <div class="el-table">
        <div class="el-table__header-wrapper"><table><colgroup><col><col><col><col><col><col></colgroup>
          <thead><tr>
            <th><div class="cell"><label class="chk"></label></div></th>
            <th><div class="cell">状态 <i class="sort">⇅</i></div></th>
            <th><div class="cell">企业客户<span class="tip">ⓘ</span></div></th>
            <th><div class="cell">所属模板</div></th>
            <th><div class="cell">代开发应用 / 模版</div></th>
            <th><div class="cell">操作</div></th>
          </tr></thead></table></div>
        <div class="el-table__body-wrapper"><table><tbody>
          <tr><td><div class="cell"><label class="chk"></label></div></td><td><div class="cell"><span class="tag">待上线</span></div></td><td><div class="cell">  侠客岛 \u00a0</div></td><td><div class="cell">代开发-开发</div></td><td><div class="cell"><p>EC营客通</p><p>au99</p></div></td><td><div class="cell"><a>详情</a></div></td></tr>
          <tr><td><div class="cell"></div></td><td><div class="cell">审核中</div></td><td><div class="cell">黑木崖</div></td><td><div class="cell">代开发-开发</div></td><td><div class="cell">EC营客通</div></td><td><div class="cell"><a>详情</a></div></td></tr>
          <tr><td><div class="cell"></div></td><td><div class="cell">已上线</div></td><td><div class="cell">绝情谷\u200b</div></td><td><div class="cell">代开发-开发</div></td><td><div class="cell">EC营客通</div></td><td><div class="cell"><a>详情</a></div></td></tr>
        </tbody></table></div>
      </div>`);
    expect(readDeployRows(d)).toEqual([
      { corpName: '侠客岛', appName: 'EC营客通', status: '待上线' },
      { corpName: '绝情谷', appName: 'EC营客通', status: '已上线' },
    ]);
  });

  it('reads a div grid, ignoring a wrapper around the rows that looks like a row itself', () => {
    const d = dom(`
      <div role="table" class="grid">
        <div class="g-head">
          <div class="g-row"><span>企业客户</span><span>代开发应用/模板</span><span>状态</span></div>
        </div>
        <div class="g-body">
          <div class="g-row"><span>
              桃花岛   有限公司
            </span><span><b>EC营客通</b><em>上线时间 2024-01-02</em></span><span> 已上线 </span></div>
          <div class="g-row"><span>光明顶</span><span>EC营客通</span><span>待上线</span></div>
          <div class="g-row"><span>黑木崖</span><span>EC营客通</span><span>已上线</span></div>
        </div>
      </div>`);
    expect(readDeployRows(d)).toEqual([
      { corpName: '桃花岛 有限公司', appName: 'EC营客通', status: '已上线' },
      { corpName: '光明顶', appName: 'EC营客通', status: '待上线' },
      { corpName: '黑木崖', appName: 'EC营客通', status: '已上线' },
    ]);
  });

  it('works on a sub-tree and without an app column', () => {
    dom(`<section id="a"><table><tr><th>企业客户</th><th>状态</th></tr><tr><td>桃花岛</td><td>已上线</td></tr></table></section>
         <section id="b"><table><tr><th>企业客户</th><th>状态</th></tr><tr><td>光明顶</td><td>待上线</td></tr></table></section>`);
    expect(readDeployRows(document.getElementById('b')!)).toEqual([{ corpName: '光明顶', status: '待上线' }]);
  });

  it('returns nothing for pages without the list, an empty list, or a loading state', () => {
    expect(readDeployRows(dom('<div class="loading">加载中…</div>'))).toEqual([]);
    expect(readDeployRows(dom('<table><tr><th>企业客户</th><th>状态</th></tr><tr><td colspan="2">暂无数据</td></tr></table>'))).toEqual([]);
    expect(readDeployRows(dom('<p>企业客户</p><p>状态</p><p>桃花岛 已上线</p>'))).toEqual([]);
  });
});

describe('onDeployList', () => {
  it('recognises the go-online list route only', () => {
    expect(onDeployList('#/sass/customApp/deploy/list')).toBe(true);
    expect(onDeployList('#/sass/customApp/deploy/list?page=2')).toBe(true);
    expect(onDeployList('#/sass/customApp/deploy/list/')).toBe(true);
    expect(onDeployList('#/sass/customApp/deploy/detail?auditorderid=au1')).toBe(false);
    expect(onDeployList('#/sass/customApp/app/create')).toBe(false);
    expect(onDeployList('')).toBe(false);
  });
});
