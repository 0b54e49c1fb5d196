// Copy and print are conveniences: the page works without script, so the buttons appear only here.
(function () {
    var copy = document.getElementById('copy-explanation');
    var print = document.getElementById('print-explanation');
    var text = document.getElementById('klartext-text');
    var status = document.getElementById('copy-status');
    if (!text) {
        return;
    }
    if (copy && navigator.clipboard) {
        copy.hidden = false;
        copy.addEventListener('click', function () {
            navigator.clipboard.writeText(text.innerText).then(function () {
                status.textContent = copy.getAttribute('data-done');
            });
        });
    }
    if (print) {
        print.hidden = false;
        print.addEventListener('click', function () {
            window.print();
        });
    }
})();
