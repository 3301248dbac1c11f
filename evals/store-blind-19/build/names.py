"""Name pools for the store-blind-19 generators (plain lists, no randomness here)."""
# West of Ireland pool (Corrib Aquatics customers and staff).  Irish-language names keep their fadas.
IRISH_FIRST = ["Seán", "Pádraig", "Ciarán", "Éamonn", "Darragh", "Cathal", "Oisín", "Cian", "Tadhg", "Fionn",
               "Conor", "Declan", "Ronan", "Colm", "Niall", "Kevin", "Brian", "Martin", "John", "Michael",
               "Patrick", "Gerard", "Noel", "Dermot", "Shane", "Aidan", "Liam", "Eoin", "Diarmuid", "Donal",
               "Aoife", "Niamh", "Siobhán", "Órla", "Sinéad", "Clodagh", "Gráinne", "Caoimhe", "Róisín", "Méabh",
               "Mary", "Bridget", "Catherine", "Ann", "Margaret", "Deirdre", "Fiona", "Emer", "Ciara", "Sarah",
               "Aisling", "Laura", "Rachel", "Nuala", "Eimear", "Áine", "Saoirse", "Maeve", "Treasa", "Una",
               "Tomasz", "Piotr", "Agnieszka", "Katarzyna", "Łukasz", "Paweł", "João", "Ana", "Thiago", "Letícia",
               "Andrius", "Rūta", "Jānis", "Ilze", "Mihai", "Ioana", "Rahul", "Priya", "Chidi", "Ngozi"]
IRISH_LAST = ["Murphy", "Kelly", "O'Sullivan", "Walsh", "Smith", "O'Brien", "Byrne", "Ryan", "O'Connor", "O'Neill",
              "Reilly", "Doyle", "McCarthy", "Gallagher", "Doherty", "Kennedy", "Lynch", "Murray", "Quinn", "Moore",
              "McLoughlin", "Carroll", "Connolly", "Daly", "Connell", "Wilson", "Dunne", "Brennan", "Burke", "Collins",
              "Campbell", "Clarke", "Johnston", "Hughes", "Farrell", "Fitzgerald", "Brown", "Martin", "Maguire", "Nolan",
              "Flynn", "Thompson", "Duffy", "Kavanagh", "Joyce", "Mulroy", "Hession", "Fahy", "Cunnane", "Keane",
              "Naughton", "Conneely", "Flaherty", "Mannion", "Moran", "Heneghan", "Gibbons", "Staunton", "Lally", "Costello",
              "Ó Súilleabháin", "Ní Bhriain", "Ó Flaithearta", "Mac Donncha", "Ní Chonghaile", "Ó Conaill", "Ó Máille", "de Búrca",
              "Kowalczyk", "Wójcik", "Nowak", "Lewandowski", "Santos", "Oliveira", "da Silva", "Kazlauskas", "Bērziņš", "Popescu",
              "Sharma", "Okafor"]

# Minnesota pool (Meeple & Mug members and staff).
MN_FIRST = ["Erik", "Lars", "Nils", "Anders", "Karl", "Sven", "Gunnar", "Ole", "Jens", "Henrik",
            "Tyler", "Brandon", "Kyle", "Justin", "Ryan", "Josh", "Zach", "Matt", "Nick", "Ben",
            "Kristin", "Ingrid", "Britta", "Solveig", "Astrid", "Karin", "Liv", "Greta", "Maja", "Signe",
            "Jenna", "Kayla", "Megan", "Ashley", "Brittany", "Amber", "Hannah", "Emily", "Abby", "Rachel",
            "Tou", "Pa", "Mai", "Xee", "Kou", "Bao", "Nou", "Chue", "Yeng", "Pang",
            "Abdi", "Hodan", "Ayaan", "Farah", "Mohamed", "Hamza", "Ifrah", "Sahra", "Yusuf", "Khadra",
            "José", "María", "Sofía", "Andrés", "Lucía", "Joaquín", "Ramón", "Inés", "Raúl", "Mónica",
            "Björn", "Søren", "Zoë", "Chloë", "Noël", "Renée", "Thuy", "Minh", "Linh", "Quang"]
MN_LAST = ["Olson", "Johnson", "Anderson", "Nelson", "Carlson", "Peterson", "Larson", "Swanson", "Hanson", "Lindqvist",
           "Lindgren", "Bergstrom", "Halvorson", "Sorensen", "Thorson", "Gustafson", "Engstrom", "Nygaard", "Solberg", "Haugen",
           "Schmidt", "Mueller", "Becker", "Wagner", "Schultz", "Hoffman", "Koch", "Kowalski", "Novak", "Ziegler",
           "Vang", "Xiong", "Yang", "Lee", "Her", "Moua", "Thao", "Lor", "Vue", "Lo",
           "Hassan", "Abdi", "Mohamed", "Ali", "Farah", "Warsame", "Osman", "Jama", "Yusuf", "Ahmed",
           "García", "Hernández", "Martínez", "López", "González", "Ramírez", "Núñez", "Muñoz", "Peña", "Ibáñez",
           "Smith", "Miller", "Brown", "Wilson", "Davis", "Moore", "Taylor", "Clark", "Walker", "Young",
           "Nguyen", "Tran", "Pham", "Dvořák", "Müller", "Sjöberg", "Ødegaard", "Åkesson", "Björklund", "Lindström"]
