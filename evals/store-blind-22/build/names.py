"""Name pools for the store-blind-22 generators (plain lists, no randomness here)."""
# Scotland pool (Kinloch Bakehouse staff and customers in Edinburgh and Fife): Scottish and Gaelic names, plus the
# Polish, Italian-Scots, Pakistani-Scots, Chinese, Nigerian, Ukrainian and Syrian names of an Edinburgh neighbourhood.
SC_FIRST = ["Mhairi", "Eilidh", "Kirsty", "Ailsa", "Isla", "Morag", "Catriona", "Fiona", "Shona", "Iona",
            "Rhona", "Ishbel", "Seonaid", "Lorna", "Kirstin", "Heather", "Morven", "Skye", "Effie", "Jean",
            "Callum", "Ruaridh", "Iain", "Fraser", "Hamish", "Angus", "Euan", "Lachlan", "Alasdair", "Gregor",
            "Finlay", "Calum", "Murdo", "Torquil", "Struan", "Craig", "Scott", "Graeme", "Duncan", "Malcolm",
            "Agnieszka", "Katarzyna", "Piotr", "Tomasz", "Zofia", "Michał", "Giulia", "Marco", "Francesca", "Luca",
            "Ayesha", "Imran", "Zainab", "Hamza", "Mei", "Wei", "Chiamaka", "Oluwaseun", "Tunde", "Olena", "Dmytro",
            "Rania", "Yousef", "Aoife", "Siobhan", "Niamh", "Orla"]
SC_LAST = ["MacDonald", "McDonald", "MacLeod", "McLeod", "Campbell", "Stewart", "Robertson", "Thomson", "Anderson", "Fraser",
           "Mackenzie", "McKenzie", "Murray", "Reid", "Paterson", "Ross", "Sinclair", "Henderson", "Baird", "Munro",
           "Gillies", "MacInnes", "Dunbar", "Lindsay", "Drummond", "Kerr", "Cunningham", "Crawford", "Wallace", "Buchanan",
           "Urquhart", "Macrae", "Sutherland", "Gunn", "Matheson", "Ogilvie", "Gordon", "Douglas", "Forbes", "Grant",
           "Nowak", "Kowalczyk", "Wiśniewska", "Zając", "Lewandowski", "Coia", "Nardini", "Crolla", "Di Rollo", "Valente",
           "Iqbal", "Khan", "Rashid", "Chaudhry", "Wong", "Li", "Okafor", "Adeyemi", "Balogun", "Kovalenko", "Melnyk",
           "Haddad", "Al-Khatib", "O'Neill", "Doherty", "Gallagher"]

# Czech / Slovak pool (Levandulka customers): Czech and Slovak names with háčky and čárky, Moravian and Silesian names,
# and the Vietnamese-Czech, Ukrainian, Polish and Hungarian-Slovak names of a Czech and Slovak web shop.  Czech and
# Slovak surnames take the feminine -ová / -á form, so first names are split by gender.
CZ_FIRST_F = ["Jana", "Eva", "Hana", "Lenka", "Kateřina", "Lucie", "Petra", "Veronika", "Tereza", "Markéta",
              "Barbora", "Kristýna", "Michaela", "Adéla", "Zuzana", "Martina", "Klára", "Eliška", "Anežka", "Šárka",
              "Radka", "Dagmar", "Ludmila", "Věra", "Nikola", "Denisa", "Simona", "Alžběta", "Romana", "Vendula"]
CZ_FIRST_M = ["Jan", "Petr", "Jiří", "Tomáš", "Lukáš", "Martin", "Jakub", "Ondřej", "Vojtěch", "Matěj", "Radek", "Zdeněk"]
CZ_LAST_M = ["Novák", "Svoboda", "Novotný", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec",
             "Pokorný", "Marek", "Pospíšil", "Hájek", "Jelínek", "Král", "Růžička", "Beneš", "Fiala", "Sedláček",
             "Doležal", "Zeman", "Kolář", "Navrátil", "Čermák", "Urban", "Vaněk", "Blažek", "Kříž", "Kovář",
             "Šťastný", "Řezníček", "Skála", "Vlček", "Polák", "Musil", "Šimek", "Konečný", "Malý", "Holub"]
CZ_LAST_F = {"Novák": "Nováková", "Svoboda": "Svobodová", "Novotný": "Novotná", "Dvořák": "Dvořáková", "Černý": "Černá",
             "Procházka": "Procházková", "Kučera": "Kučerová", "Veselý": "Veselá", "Horák": "Horáková", "Němec": "Němcová",
             "Pokorný": "Pokorná", "Marek": "Marková", "Pospíšil": "Pospíšilová", "Hájek": "Hájková", "Jelínek": "Jelínková",
             "Král": "Králová", "Růžička": "Růžičková", "Beneš": "Benešová", "Fiala": "Fialová", "Sedláček": "Sedláčková",
             "Doležal": "Doležalová", "Zeman": "Zemanová", "Kolář": "Kolářová", "Navrátil": "Navrátilová", "Čermák": "Čermáková",
             "Urban": "Urbanová", "Vaněk": "Vaňková", "Blažek": "Blažková", "Kříž": "Křížová", "Kovář": "Kovářová",
             "Šťastný": "Šťastná", "Řezníček": "Řezníčková", "Skála": "Skálová", "Vlček": "Vlčková", "Polák": "Poláková",
             "Musil": "Musilová", "Šimek": "Šimková", "Konečný": "Konečná", "Malý": "Malá", "Holub": "Holubová"}
SK_FIRST_F = ["Zuzana", "Mária", "Katarína", "Lucia", "Ivana", "Jana", "Andrea", "Monika", "Natália", "Dominika",
              "Simona", "Veronika", "Michaela", "Lenka", "Ľubica", "Soňa", "Tímea", "Erika"]
SK_LAST_F = ["Horváthová", "Kováčová", "Vargová", "Tóthová", "Nagyová", "Balážová", "Szabóová", "Molnárová", "Lukáčová", "Šimková",
             "Kollárová", "Ďurišová", "Hudáková", "Oravcová", "Kráľová", "Polláková", "Bartošová", "Čierna", "Gajdošová", "Kmeťová"]
# Vietnamese-Czech, Ukrainian, Polish (Těšín Silesia) and Hungarian-Slovak customers
MIX_FIRST_F = ["Thu Trang", "Lan Anh", "Ngoc Anh", "Hoa", "Olena", "Oksana", "Iryna", "Agnieszka", "Ewa", "Katalin", "Réka"]
MIX_LAST_F = ["Nguyen", "Tran", "Pham Thi", "Le Thi", "Kovalenko", "Shevchenko", "Bondarenko", "Kamińska", "Sikora", "Farkas", "Kiss"]
