// Renders the dashboard and report charts from the JSON the page carries (#chart-data).
(function () {
    var holder = document.getElementById('chart-data');
    if (!holder || typeof echarts === 'undefined') {
        return;
    }
    var data = JSON.parse(holder.textContent);
    var charts = [];
    var text = echarts.format.encodeHTML;

    function chart(id, option) {
        var el = document.getElementById(id);
        if (!el) {
            return;
        }
        var c = echarts.init(el, null, {renderer: 'canvas'});
        c.setOption(option);
        charts.push(c);
    }

    function pie(id, items) {
        chart(id, {
            tooltip: {trigger: 'item'},
            title: items.length ? undefined : {text: data.labels.none, left: 'center', top: 'middle',
                textStyle: {fontSize: 13, color: '#888'}},
            series: [{type: 'pie', radius: ['35%', '65%'], data: items, label: {formatter: '{b}: {c}'}}]
        });
    }

    chart('chart-trend', {
        tooltip: {trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v + '%'; }},
        legend: {data: [data.trend.nowLabel, data.trend.beforeLabel]},
        grid: {left: 40, right: 16, bottom: 30, top: 36},
        xAxis: {type: 'category', data: data.trend.months},
        yAxis: {type: 'value', scale: true, axisLabel: {formatter: '{value}%'}},
        series: [
            {name: data.trend.nowLabel, type: 'line', data: data.trend.now, connectNulls: true},
            {name: data.trend.beforeLabel, type: 'line', data: data.trend.before, connectNulls: true,
                lineStyle: {type: 'dashed'}}
        ]
    });

    chart('chart-heat', {
        // A formatter's string is put into the page as HTML: names typed by users are escaped
        tooltip: {formatter: function (p) {
            return text(data.heat.products[p.value[1]]) + ' · ' + text(data.heat.districts[p.value[0]]) + ': '
                + text(p.value[2]) + '% (n=' + text(p.value[3]) + ')';
        }},
        grid: {left: 110, right: 16, bottom: 60, top: 10},
        xAxis: {type: 'category', data: data.heat.districts, axisLabel: {rotate: 45}},
        yAxis: {type: 'category', data: data.heat.products},
        visualMap: {dimension: 2, min: 50, max: 100, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
            itemHeight: 80, inRange: {color: ['#d32f2f', '#fbc02d', '#2e7d32']}, show: false},
        series: [{type: 'heatmap', data: data.heat.cells, label: {show: data.heat.cells.length < 120,
            formatter: function (p) { return p.value[2]; }}}]
    });

    pie('chart-hazards', data.hazards);
    pie('chart-grades', data.grades);
    pie('chart-classes', data.classes);

    window.addEventListener('resize', function () {
        charts.forEach(function (c) { c.resize(); });
    });
})();
